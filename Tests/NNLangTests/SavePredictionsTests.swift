import Foundation
import Testing
@testable import NNLang

/// `save predictions`: one row per sample of a split, consistent with the data and `evaluate`.
@Suite struct SavePredictionsTests {
    @Test(arguments: ["train", "val", "test"])
    func rowsMatchTheDataAndTheAccuracy(split: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pred-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let interpreter = Interpreter()
        let script = ["seed 0", "data spiral classes=3 points=40", "model 2 -> 30 relu -> 3", "train epochs=5",
                      "save predictions \"\(path)\" split=\(split)", "evaluate \(split)"].joined(separator: "\n")
        let outcome = interpreter.run(SourceFile(name: "p.nnlab", text: script)) { _ in }
        #expect(outcome.error == nil, "\(String(describing: outcome.error))")
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "index,label,predicted,p_0,p_1,p_2")
        let rows = lines.dropFirst().map { $0.split(separator: ",").map(String.init) }
        let dataset = try #require(interpreter.state.dataset)
        let splits = try #require(interpreter.state.splits)
        let expectedIndices = split == "train" ? splits.train : (split == "test" ? splits.test : splits.validation)
        #expect(rows.map { Int($0[0])! } == expectedIndices)
        var correct = 0
        for row in rows {
            let (index, label, predicted) = (Int(row[0])!, Int(row[1])!, Int(row[2])!)
            let probabilities = row[3...].map { Double($0)! }
            #expect(label == dataset.labels[index])
            #expect(abs(probabilities.reduce(0, +) - 1) < 1e-4)
            #expect(probabilities[predicted] == probabilities.max())
            if label == predicted { correct += 1 }
        }
        let accuracy = try #require(interpreter.state.lookup(split == "val" ? "val_acc" : "\(split)_acc")?.number)
        #expect(abs(Double(correct) / Double(rows.count) - accuracy) < 1e-9)
    }

    @Test func withoutAModelItSaysSo() {
        let outcome = Interpreter().run(SourceFile(name: "p.nnlab", text: "data spiral\nsave predictions \"/tmp/x.csv\"")) { _ in }
        #expect(outcome.error?.message.contains("no model") == true, "\(String(describing: outcome.error))")
    }
}
