import Testing
@testable import NNLang
import NNLab

/// A diverged `train` or `overfit` leaves a model that evaluates and trains, and says so.
@Suite struct DivergedRunTests {
    static let setup = "seed 0\ndata blobs\nmodel 2 -> 100 relu -> 3\noptimizer sgd\n"

    @Test func theIssuesExampleEvaluatesAndTrainsAfterwards() throws {
        let (interpreter, output) = session(Self.setup + "train epochs=2 lr=1e6\nevaluate val\ntrain epochs=1 lr=0.1")
        #expect(output.contains("went back to the weights and optimizer state from before this run"), "\(output)")
        #expect(!output.contains("val: loss nan"), "\(output)")
        #expect(interpreter.state.runs.last?.stopReason == .completed)
        let loss = try #require(interpreter.state.lookup("val_loss")?.number)
        #expect(loss.isFinite && loss < 1)
    }

    @Test func aDivergedRunIsNeverTheBestWhileAFiniteOneExists() throws {
        let (interpreter, output) = session(Self.setup + "train epochs=1 lr=[1e6, 0.1, 1e7]")
        #expect(output.contains("best: lr=0.1"), "\(output)")
        #expect(output.contains("diverged at step"), "\(output)")
        let best = try #require(interpreter.state.lookup("best"))
        #expect(best.description.contains("0.1"), "\(best)")
    }

    @Test func whenEveryRunDivergesItSaysSoAndKeepsTheModel() throws {
        let before = Interpreter()
        _ = before.run(SourceFile(name: "a.nnlab", text: Self.setup)) { _ in }
        let (interpreter, output) = session(Self.setup + "train epochs=1 lr=[1e6, 1e7]")
        #expect(output.contains("every run diverged"), "\(output)")
        #expect(!output.contains("best:"), "\(output)")
        #expect(interpreter.state.lookup("best") == nil)
        let kept = try #require(interpreter.state.network), original = try #require(before.state.network)
        #expect(kept.layers.indices.allSatisfy { kept.layers[$0].parameters == original.layers[$0].parameters })
    }

    @Test func anExplodingLossGetsTheSameWarningAsNaN() {
        let (_, output) = session(Self.setup + "train epochs=1 lr=1e2")
        #expect(output.contains("the loss exploded to"), "\(output)")
        #expect(output.contains("lower it"), "\(output)")
    }

    @Test func overfitAtAHugeRateSaysToLowerIt() {
        let (_, output) = session(Self.setup + "overfit lr=10")
        #expect(output.contains("lower it"), "\(output)")
        #expect(!output.contains("raise the learning rate"), "\(output)")
    }
}
