import Foundation
import Testing
@testable import NNLab

/// PyTorch state_dicts (no nnlab description) loaded into a model built to match:
/// Fixtures/torch, written by scripts/make_torch_fixture.py with PyTorch's names,
/// shapes and dtypes, and the eval-mode logits computed in float64.
@Suite struct TorchWeightTests {
    struct Expected: Decodable {
        var accuracy: Double
        var num_batches_tracked: Int
        var logits: [[Double]]
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/torch")

    static func expected() throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
    }

    static func data() throws -> LoadedData {
        try Dataset.readCSV(path: folder.appendingPathComponent("data.csv").path)
    }

    /// `model 4 -> 16 batchnorm relu -> 16 tanh -> 3`, freshly initialized.
    static func model() -> Network {
        let specs: [LayerSpec] = [.linear(inputs: 4, outputs: 16), .batchNorm(features: 16), .activation(.relu),
                                  .linear(inputs: 16, outputs: 16), .activation(.tanh), .linear(inputs: 16, outputs: 3)]
        var random = RandomSource(seed: 3)
        return Network(layers: specs.map { $0.makeLayer(random: &random) })
    }

    static func tensors(_ dtype: String) throws -> [String: SafeTensor] {
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("net-\(dtype).safetensors")))
        return try SafeTensors.decode(bytes).tensors
    }

    @Test(arguments: [("f32", 1e-5), ("f64", 1e-5), ("f16", 2e-2), ("bf16", 1.5e-1)])
    func loadsWithTorchsLogitsAndAccuracy(dtype: String, tolerance: Double) throws {
        let expected = try Self.expected()
        let data = try Self.data().dataset
        let network = Self.model()
        try network.load(Self.tensors(dtype))
        let logits = network.predict(data.features)
        var worst = 0.0
        for r in 0..<logits.rows { for c in 0..<3 { worst = max(worst, abs(Double(logits[r, c]) - expected.logits[r][c])) } }
        #expect(worst <= tolerance, "largest logit difference \(worst)")
        let accuracy = network.measure(inputs: data.features, labels: data.labels, loss: LossFunction()).accuracy
        if dtype == "f32" || dtype == "f64" { #expect(accuracy == expected.accuracy) }
        #expect(expected.accuracy > 0.9, "the fixture's classifier is a real one")
        let norm = try #require(network.layers[1] as? BatchNorm)
        #expect(norm.batchesTracked == expected.num_batches_tracked)
    }

    @Test func aMismatchListsMissingUnexpectedAndWronglyShapedTensors() throws {
        var random = RandomSource(seed: 1)
        let specs: [LayerSpec] = [.linear(inputs: 4, outputs: 8), .activation(.relu), .linear(inputs: 8, outputs: 3)]
        let network = Network(layers: specs.map { $0.makeLayer(random: &random) })
        let before = network.stateDictionary()
        #expect {
            try network.load(Self.tensors("f32"))
        } throws: { error in
            guard case let .mismatch(reason) = error as? WeightFileError else { return false }
            return reason.contains("missing from the file: 2.bias, 2.weight")
                && reason.contains("unexpected in the file: 1.bias, 1.num_batches_tracked, 1.running_mean and 6 more")
                && reason.contains("wrong shape: 0.bias is [16] in the file, [8] in the model, 0.weight is [16, 4] in the file, [8, 4] in the model; missing")
        }
        #expect(network.stateDictionary() == before, "a refused load changes nothing")
    }

    @Test func aMissingBatchCounterIsIgnored() throws {
        var tensors = try Self.tensors("f32")
        tensors["1.num_batches_tracked"] = nil
        let network = Self.model()
        try network.load(tensors)
        #expect((network.layers[1] as? BatchNorm)?.batchesTracked == 0)
    }
}
