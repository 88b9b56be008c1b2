import Foundation
import Testing
@testable import NNLab
@testable import NNLang

/// `show confusion`: its counts agree with `evaluate`, it names classes as the data does,
/// and it refuses what it cannot show without changing the session.
@Suite struct ConfusionCommandTests {
    static let setup = "seed 0\ndata digits points=60\nmodel 64 -> 10\ntrain epochs=3 lr=0.01\n"

    @Test func theDiagonalIsTheAccuracyEvaluateMeasures() throws {
        let (interpreter, output) = session(Self.setup + "show confusion\nevaluate val")
        let accuracy = try #require(interpreter.state.results["val_acc"]?.number)
        let validation = interpreter.state.prepared!.validation
        let right = Int((accuracy * Double(validation.sampleCount)).rounded())
        #expect(output.contains("confusion on the val split: \(right) of \(validation.sampleCount) right"), "\(output)")
        #expect(output.contains("class  samples  recall  precision  most taken for"), "\(output)")
        #expect(output.contains("commonest mistakes: class "), "\(output)")
    }

    @Test func eachClassRowCountsItsSamplesOnTheSplitAsked() throws {
        let (_, output) = session(Self.setup + "show confusion split=train")
        // 60 digits of each class, 80% of them in the training split, stratified.
        for label in 0..<10 {
            let row = try Regex("(?m)^\(label) +48 +")
            #expect(output.contains(row), "class \(label): \(output)")
        }
        #expect(output.contains("confusion on the train split:"), "\(output)")
    }

    @Test func classNamesFromTheFileLabelTheMatrix() throws {
        let directory = try DataCSVCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("iris.csv").path
        try DataCSVCommandTests.iris.write(toFile: file, atomically: true, encoding: .utf8)
        let (_, output) = session("seed 0\ndata csv \"\(file)\"\nmodel 2 -> 8 relu -> 3\ntrain epochs=2\nshow confusion split=train")
        #expect(output.contains("virginica"), "\(output)")
        #expect(output.contains("setosa "), "\(output)")
        #expect(!output.contains("class 2"), "\(output)")
    }

    @Test func refusalsNameTheFixAndLeaveTheSessionAsItWas() {
        let (_, noModel) = session("seed 0\ndata blobs\nshow confusion")
        #expect(noModel.contains("error:") && noModel.contains("model"), "\(noModel)")
        let (interpreter, empty) = session(Self.setup + "split train=0.9 val=0.1 test=0\nshow confusion split=test")
        #expect(empty.contains("the test split is empty"), "\(empty)")
        #expect(interpreter.state.splits?.isTestTouched == false)
    }

    @Test func lookingAtTheTestSplitCountsAsTouchingIt() {
        let (interpreter, _) = session(Self.setup + "show confusion split=test")
        #expect(interpreter.state.splits?.isTestTouched == true)
    }
}
