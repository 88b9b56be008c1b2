import Testing
@testable import NNLab
@testable import NNLang

/// `show hardest`: the highest-loss samples of a split, in order, drawn for image data.
@Suite struct HardestCommandTests {
    static let setup = "seed 0\ndata digits points=60\nmodel 64 -> 10\ntrain epochs=3 lr=0.01\n"

    /// The loss column of the table, top to bottom.
    private func losses(_ output: String) -> [Double] {
        let table = output.components(separatedBy: "rank  sample  label  predicted")[1].split(separator: "\n").dropFirst(2)
        return table.prefix { $0.first == " " }.compactMap { line in
            Double(line.split(separator: " ")[4])
        }
    }

    @Test func theTopLossesComeFirstAndLieAboveTheMeanLoss() throws {
        let (interpreter, output) = session(Self.setup + "evaluate val\nshow hardest n=7")
        let shown = losses(output)
        #expect(shown.count == 7, "\(output)")
        #expect(shown == shown.sorted(by: >), "\(shown)")
        let mean = try #require(interpreter.state.results["val_loss"]?.number)
        #expect(shown.allSatisfy { $0 > mean }, "\(shown) against a mean of \(mean)")
        #expect(output.contains("the 7 samples of the val split (of 60) with the highest loss"), "\(output)")
        #expect(output.contains("hardest val samples, label→predicted: "), "\(output)")
    }

    @Test func theFirstRowIsTheSampleWithTheLargestLoss() throws {
        let (interpreter, output) = session(Self.setup + "show hardest n=1 split=train")
        let train = interpreter.state.prepared!.train
        let network = interpreter.state.network!
        let all = LossFunction(kind: .softmax).sampleLosses(scores: network.predict(train.features), labels: train.labels)
        let top = try #require(all.indices.max { all[$0] < all[$1] })
        let row = try Regex("(?m)^ +1 +\(top) +")
        #expect(output.contains(row), "sample \(top): \(output)")
    }

    @Test func nAboveTheSplitShowsItAllAndRefusalsLeaveTheSessionAsItWas() {
        let (_, all) = session(Self.setup + "show hardest n=1000")
        #expect(all.contains("the 60 samples of the val split (of 60)"), "\(all)")
        let (_, noModel) = session("seed 0\ndata blobs\nshow hardest")
        #expect(noModel.contains("error:"), "\(noModel)")
        let (interpreter, empty) = session(Self.setup + "split train=0.9 val=0.1 test=0\nshow hardest split=test")
        #expect(empty.contains("the test split is empty"), "\(empty)")
        #expect(interpreter.state.splits?.isTestTouched == false)
    }

    @Test func dataWithoutImagesGetsTheTableOnly() {
        let (_, output) = session("seed 0\ndata blobs\nmodel 2 -> 3\ntrain epochs=1\nshow hardest n=3")
        #expect(output.contains("rank  sample  label  predicted"), "\(output)")
        #expect(!output.contains("label→predicted"), "\(output)")
    }
}
