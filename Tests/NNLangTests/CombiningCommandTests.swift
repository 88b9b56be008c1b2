import Testing
@testable import NNLab
@testable import NNLang

/// `ensemble`, `snapshot` and `ema`: what they refuse, what they publish, what the session
/// keeps, and that the same seed repeats them.
@Suite struct CombiningCommandTests {
    static let setup = "seed 0\ndata blobs classes=4 points=50 noise=1.5\nsplit train=0.4 val=0.6 test=0\n"
        + "model 2 -> 32 relu -> 4\noptimizer sgd lr=0.1 momentum=0.9\n"

    private func weights(_ interpreter: Interpreter) -> [UInt32] {
        interpreter.state.network!.layers.flatMap { $0.parameters.flatMap { $0.storage.map(\.bitPattern) } }
    }

    @Test(arguments: ["ensemble n=2 epochs=1", "snapshot cycles=2 epochs=1", "ema epochs=1"])
    func missingDataModelOrValidationIsRefusedWithTheFix(line: String) {
        let (_, noData) = session("seed 0\n" + line)
        #expect(noData.contains("error:") && noData.contains("data"), "\(noData)")
        let (_, noModel) = session("seed 0\ndata blobs\n" + line)
        #expect(noModel.contains("there is no model yet") && noModel.contains("model 2 -> 100 relu -> 3"), "\(noModel)")
        let (interpreter, noValidation) = session("seed 0\ndata blobs\nsplit train=0.9 val=0 test=0.1\nmodel 2 -> 8 relu -> 3\n" + line)
        #expect(noValidation.contains("the val split is empty") && noValidation.contains("split with val= above 0"), "\(noValidation)")
        #expect(interpreter.state.runs.isEmpty && interpreter.state.results["val_acc"] == nil)
    }

    @Test func ensembleMembersFollowTheLastInitUntilANewModel() throws {
        let (zeros, output) = session(Self.setup + "init zeros\nensemble n=2 epochs=1")
        #expect(output.contains("each initialized by init zeros and shuffled"), "\(output)")
        // Every member predicts one class: a quarter of the stratified split.
        #expect(zeros.state.results["member_acc"] == .number(0.25))
        let (_, config) = session(Self.setup + "init zeros\nshow config")
        #expect(config.contains("2 -> 32 relu -> 4 (228 parameters, init zeros)"), "\(config)")
        let (rebuilt, again) = session(Self.setup + "init zeros\nmodel 2 -> 32 relu -> 4\nensemble n=2 epochs=1")
        #expect(rebuilt.state.initialization == nil && again.contains("each initialized and shuffled"))
        let (plain, _) = session(Self.setup + "ensemble n=2 epochs=1")
        #expect(rebuilt.state.results["member_acc"] == plain.state.results["member_acc"])
    }

    @Test(arguments: ["ensemble n=3 epochs=2", "snapshot cycles=3 epochs=1"])
    func experimentsPublishTheCombinationAndLeaveTheModel(line: String) throws {
        let (before, _) = session(Self.setup)
        let (after, output) = session(Self.setup + line)
        #expect(weights(after) == weights(before))
        #expect(after.state.streams == before.state.streams && after.state.runs.isEmpty && after.state.optimizer == nil)
        let valAcc = try #require(after.state.results["val_acc"]?.number)
        let memberAcc = try #require(after.state.results["member_acc"]?.number)
        let valLoss = try #require(after.state.results["val_loss"]?.number)
        #expect(valLoss < (try #require(after.state.results["member_loss"]?.number)))
        #expect(after.state.results["raw_acc"] == nil)
        #expect(output.contains("val_acc \(formatNumber(valAcc)) against \(formatNumber(memberAcc))"), "\(output)")
        #expect(output.contains("the model is unchanged"))
    }

    @Test func emaKeepsTheAveragedWeightsAndPublishesTheirNumbers() throws {
        let (interpreter, output) = session(Self.setup + "ema decay=0.9 epochs=6 batch=16\nevaluate val")
        let valAcc = try #require(interpreter.state.results["val_acc"]?.number)
        let rawAcc = try #require(interpreter.state.results["raw_acc"]?.number)
        #expect(output.contains("val: loss \(formatNumber(interpreter.state.results["val_loss"]!.number!))  accuracy \(formatNumber(valAcc))"),
                "evaluate val measures the kept (averaged) model: \(output)")
        #expect(interpreter.state.runs.count == 1 && interpreter.state.optimizer != nil)
        let run = interpreter.state.runs[0]
        #expect(run.final?.validationAccuracy == rawAcc, "the run's own numbers are the raw weights'")
        #expect(!output.contains("warning"), "30 steps cover a horizon of 10: \(output)")
        let (_, short) = session(Self.setup + "ema epochs=1")
        #expect(short.contains("the average spans about 200 steps but the run took 2"), "\(short)")
    }

    @Test(arguments: ["ensemble lr=1e6 epochs=1", "snapshot lr=1e6 cycles=2 epochs=1"])
    func aDivergingRunIsRefusedAndChangesNothing(line: String) {
        let (before, _) = session(Self.setup + "ensemble n=2 epochs=1")
        let (after, output) = session(Self.setup + "ensemble n=2 epochs=1\n" + line)
        #expect(output.contains("so the") && output.contains("stopped; nothing changed") && output.contains("lower the learning rate"),
                "\(output)")
        #expect(after.state.results["val_acc"] == before.state.results["val_acc"])
        #expect(after.state.results["member_acc"] == before.state.results["member_acc"])
        #expect(weights(after) == weights(before))
    }

    @Test func aDivergingEmaRunEndsAsTrainDoesAndDiscardsTheAverage() {
        let (interpreter, output) = session(Self.setup + "ema lr=1e6 epochs=2")
        #expect(output.contains("training stopped and went back") && output.contains("The weight average is discarded"), "\(output)")
        #expect(interpreter.state.results["raw_acc"] == nil && interpreter.state.runs.count == 1)
    }

    @Test(arguments: ["ensemble n=3 epochs=2", "snapshot cycles=2 epochs=2", "ema epochs=3"])
    func theSameSeedGivesTheSameTranscript(line: String) {
        let (_, first) = session(Self.setup + line + "\nprint val_acc, val_loss")
        let (_, second) = session(Self.setup + line + "\nprint val_acc, val_loss")
        #expect(first == second)
        let (_, otherSeed) = session(Self.setup.replacingOccurrences(of: "seed 0", with: "seed 1") + line + "\nprint val_acc, val_loss")
        #expect(otherSeed != first)
    }

    @Test func snapshotRefusesScheduleOptionsItsCyclesReplace() {
        let diagnostics = allDiagnostics("snapshot warmup=2")
        #expect(diagnostics.count == 1 && diagnostics[0].message.contains("warmup"), "\(diagnostics)")
    }
}
