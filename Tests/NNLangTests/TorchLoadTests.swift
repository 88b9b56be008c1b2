import Foundation
import Testing
@testable import NNLang

/// `load model FILE` with a PyTorch state_dict: into the current model, or a clear refusal.
@Suite struct TorchLoadTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("NNLabTests/Fixtures/torch").path

    static func run(_ lines: [String]) -> (Interpreter, [StatementOutput], RunOutcome) {
        let interpreter = Interpreter()
        var outputs: [StatementOutput] = []
        let outcome = interpreter.run(SourceFile(name: "t.nnlab", text: lines.joined(separator: "\n"))) { outputs.append($0) }
        return (interpreter, outputs, outcome)
    }

    @Test func aStateDictFillsTheCurrentModelAndKeepsTorchsAccuracy() throws {
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.folder + "/expected.json"))) as? [String: Any]
        let accuracy = try #require(expected?["accuracy"] as? Double)
        let (interpreter, _, outcome) = Self.run([
            "data csv \"\(Self.folder)/data.csv\"", "split train=1 val=0 test=0",
            "model 4 -> 16 batchnorm relu -> 16 tanh -> 3", "load model \"\(Self.folder)/net-f32.safetensors\"", "evaluate train",
        ])
        #expect(outcome.error == nil, "\(String(describing: outcome.error))")
        let measured = try #require(interpreter.state.lookup("train_acc")?.number)
        #expect(abs(measured - accuracy) < 1e-9)
    }

    @Test func withoutAModelTheMessageSaysWhatToBuild() throws {
        let (_, _, outcome) = Self.run(["load model \"\(Self.folder)/net-f32.safetensors\""])
        let error = try #require(outcome.error)
        #expect(error.message.contains("without a model description"))
        #expect(error.fix?.contains("model 4 -> 16 batchnorm relu -> 16 tanh -> 3") == true)
    }

    @Test func aMismatchLeavesTheModelAsItWas() throws {
        let (interpreter, outputs, outcome) = Self.run(["model 4 -> 8 relu -> 3", "load model \"\(Self.folder)/net-f32.safetensors\""])
        let error = try #require(outcome.error)
        #expect(error.message.contains("wrong shape: 0.bias is [16] in the file, [8] in the model"))
        #expect(interpreter.state.network?.parameterCount == 67)
        #expect(outputs.count == 2)
    }
}
