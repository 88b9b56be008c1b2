import Foundation
import Testing
@testable import NNLab
@testable import NNLang

/// `train hard=`: a share of each batch from the hardest training samples.
@Suite struct HardMiningCommandTests {
    static let setup = "seed 0\ndata blobs points=60 noise=2\nmodel 2 -> 16 relu -> 3\noptimizer adam lr=0.01\n"

    @Test func hardZeroPrintsAndPublishesExactlyWhatTrainWithoutItDoes() {
        let (plain, plainOutput) = session(Self.setup + "train epochs=8 batch=16\nshow results")
        let (zero, zeroOutput) = session(Self.setup + "train epochs=8 batch=16 hard=0\nshow results")
        #expect(zeroOutput.replacingOccurrences(of: " hard=0", with: "") == plainOutput)
        #expect(zero.state.lastRuns.first?.stepLosses == plain.state.lastRuns.first?.stepLosses)
    }

    @Test func miningChangesTheRunAndSaysWhatItDrew() throws {
        let (plain, _) = session(Self.setup + "train epochs=8 batch=16")
        let (hard, output) = session(Self.setup + "train epochs=8 batch=16 hard=0.5")
        // 180 blobs, 80% for training: 144 samples, a pool of ceil(14.4) = 15, 8 of each 16.
        #expect(output.contains("hard=0.5: 8 of each batch of 16 drawn from the 15 highest-loss training samples (the top 10%), "
                                + "re-ranked at the start of every epoch"), "\(output)")
        let plainRun = try #require(plain.state.lastRuns.first), hardRun = try #require(hard.state.lastRuns.first)
        #expect(hardRun.stepCount == plainRun.stepCount)
        #expect(hardRun.stepLosses != plainRun.stepLosses)
        #expect(hard.state.results["val_loss"] != plain.state.results["val_loss"])
        let (again, _) = session(Self.setup + "train epochs=8 batch=16 hard=0.5")
        #expect(again.state.lastRuns.first?.stepLosses == hardRun.stepLosses)
    }

    @Test func aListGivesOneRunPerShareFromTheSameStart() throws {
        let (interpreter, output) = session(Self.setup + "train epochs=6 batch=16 hard=[0,0.2]")
        #expect(interpreter.state.lastRuns.map(\.name) == ["hard=0", "hard=0.2"])
        let (single, _) = session(Self.setup + "train epochs=6 batch=16 hard=0.2")
        #expect(interpreter.state.lastRuns[1].stepLosses == single.state.lastRuns.first?.stepLosses)
        #expect(output.contains("hard=0.2: 3 of each batch of 16"), "\(output)")
        #expect(!output.contains("hard=0: "), "\(output)")
    }

    @Test func stepRunsAugmentationAndDropoutTakeHardSlots() throws {
        let script = "seed 1\ndata digits points=30\naugment crop=1 noise=0.05\nmodel 64 -> 32 relu dropout(0.2) -> 10\n"
            + "train steps=25 eval=10 batch=20 hard=0.25"
        let (first, output) = session(script)
        let (second, _) = session(script)
        #expect(output.contains("hard=0.25: 5 of each batch of 20"), "\(output)")
        let run = try #require(first.state.lastRuns.first)
        #expect(run.stepCount == 25)
        #expect(run.stepLosses == second.state.lastRuns.first?.stepLosses)
        #expect(run.stepLosses.allSatisfy { $0.isFinite })
    }

    @Test(arguments: ["train hard=1", "train hard=-0.1", "train hard=1.5"])
    func aShareOutsideZeroToOneIsRefusedBeforeRunning(line: String) {
        let diagnostics = allDiagnostics(Self.setup + line)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        #expect(diagnostics.first?.message.contains("'hard' must be in [0, 1)") == true, "\(diagnostics)")
    }

    @Test(arguments: [("train batch=32 hard=0.01", "hard=0.01 rounds to no hard sample in a batch of 32; use hard=0.016 or more"),
                      ("train batch=1 hard=0.4", "hard=0.4 needs batches of at least 2 samples")])
    func aShareThatGivesNoHardSlotIsRefusedAndChangesNothing(line: String, message: String) {
        let (interpreter, output) = session(Self.setup + "train epochs=2\n" + line)
        #expect(output.contains(message), "\(output)")
        #expect(interpreter.state.runs.count == 1)
        let (reference, _) = session(Self.setup + "train epochs=2")
        #expect(interpreter.state.streams == reference.state.streams)
    }
}
