import Testing
@testable import NNLang
import NNLab

/// Learning curves show what the lectures read from them, and state that carries over
/// between commands is said.
@Suite struct LearningCurveTests {
    static let setup = "seed 1\ndata spiral\nmodel 2 -> 50 relu -> 3\n"

    @Test func plotLossDrawsTheValidationLossOfEachRun() throws {
        let (interpreter, _) = session(Self.setup + "train epochs=6 lr=[0.01, 0.03]")
        let runs = interpreter.state.lastRuns
        let plot = RunPlots.loss(runs)
        #expect(plot.series.map(\.name) == ["lr=0.01", "lr=0.01 val", "lr=0.03", "lr=0.03 val"])
        for (index, run) in runs.enumerated() {
            let validation = plot.series[2 * index + 1]
            #expect(validation.y == run.epochs.compactMap(\.validationLoss))
            #expect(validation.x == run.epochs.map { Double($0.step) })
            #expect(validation.y.count == 6)
        }
    }

    @Test func oneRunDrawsRawTrainingLossDimUnderItsAverageAndValidationLoss() throws {
        let (interpreter, output) = session(Self.setup + "train epochs=20 lr=0.01\nplot loss smooth=5")
        let plot = RunPlots.loss(interpreter.state.lastRuns, smoothing: 5)
        #expect(plot.series.map(\.name) == ["run 1", "run 1 (smoothed)", "run 1 val"])
        #expect(plot.series.map(\.emphasis) == [.dim, .bold, .normal])
        #expect(output.contains("run 1 (smoothed)") && output.contains("run 1 val"), "\(output)")
    }

    @Test func showRunsHasTheValidationLossAndHowEachRunEnded() throws {
        let (interpreter, output) = session(Self.setup + "train epochs=2 lr=0.01\nshow runs")
        let table = SessionTables.runs(interpreter.state)
        #expect(table.columns.contains("val_loss") && table.columns.contains("ended"))
        let loss = try #require(interpreter.state.runs.first?.final?.validationLoss)
        #expect(output.contains(formatNumber(loss)), "\(output)")
        #expect(output.contains("completed"))
    }

    @Test func newDataSaysThePreprocessingIsReappliedWithItsFeatureCount() {
        let (_, output) = session("data digits\npreprocess pca dims=5\ndata digits\ndata moons\npreprocess pca dims=1\ndata blobs")
        #expect(output.contains("preprocess pca dims=5 re-applied, fitted on the 8000 training samples: 5 features"), "\(output)")
        let (_, plain) = session("data digits\ndata moons")
        #expect(!plain.contains("re-applied"))
        let (_, one) = session("data moons\npreprocess pca dims=1\ndata blobs")
        #expect(one.contains("preprocess pca dims=1 re-applied, fitted on the 240 training samples: 1 feature ("), "\(one)")
    }

    @Test func preprocessingThatNoLongerFitsNamesItselfAsTheCause() {
        let (interpreter, output) = session("data digits\npreprocess pca dims=5\ndata moons")
        #expect(output.contains("the session's preprocess pca dims=5 cannot be re-applied to this data"), "\(output)")
        #expect(output.contains("preprocess none first"), "\(output)")
        #expect(interpreter.state.dataset?.name == "digits")
    }

    @Test func aNewSplitAfterTrainingWarnsThatLearnedSamplesMayBeInValidation() {
        let (_, trained) = session(Self.setup + "train epochs=1\nsplit train=0.6 val=0.2 test=0.2")
        #expect(trained.contains("warning: the model was trained on the old split"), "\(trained)")
        let (_, fresh) = session(Self.setup + "train epochs=1\nmodel 2 -> 8 relu -> 3\nsplit train=0.6 val=0.2 test=0.2")
        #expect(!fresh.contains("trained on the old split"), "\(fresh)")
    }
}

/// Commands on a very wide model work in bounded memory or refuse with the estimate.
@Suite struct WideModelTests {
    @Test func theIssuesWideModelPlotsItsBoundaryAndRefusesAHugeBatch() {
        let (interpreter, output) = session(
            "data spiral\nmodel 2 -> 2 -> 999999 relu -> 3\nplot boundary\nevaluate val\ntrain epochs=1 batch=all")
        #expect(output.contains("decision regions"), "\(output)")
        #expect(output.contains("val: loss"), "\(output)")
        #expect(output.contains("needs about 5.5 GiB for this model, over the limit of 4 GiB"), "\(output)")
        #expect(interpreter.state.runs.isEmpty)
    }
}
