import Testing
@testable import NNLang
import NNLab

/// Runs can be told apart: names carry every option that varies, repeated names get a
/// number, and legends name every run and every class.
@Suite struct RunNameTests {
    static let setup = "seed 0\ndata blobs\nmodel 2 -> 8 relu -> 3\n"

    @Test func aListValuedRunNamesEveryOptionThatVaries() {
        let (interpreter, output) = session(Self.setup + "train epochs=1 lr=[0.01, 0.1] batch=[16, 32]")
        #expect(interpreter.state.runs.map(\.name) == ["lr=0.01 batch=16", "lr=0.01 batch=32", "lr=0.1 batch=16", "lr=0.1 batch=32"])
        #expect(output.contains("best: lr=0.1 batch=16") || output.contains("best: lr=0.01 batch="), "\(output)")
        let best = interpreter.state.lookup("best")?.description ?? ""
        #expect(best.contains("batch: ") && best.contains("lr: "), "\(best)")
    }

    @Test func aNameInAListValuedRunKeepsTheVaryingValues() {
        let (interpreter, _) = session(Self.setup + "train epochs=1 lr=[0.01, 0.1] name=\"try\"")
        #expect(interpreter.state.runs.map(\.name) == ["try lr=0.01", "try lr=0.1"])
    }

    @Test func aNameRepeatedByALoopGetsANumber() {
        let (interpreter, _) = session(Self.setup + "for b in [16, 32, 64]: train epochs=1 batch=b name=\"mine\"")
        #expect(interpreter.state.runs.map(\.name) == ["mine", "mine #2", "mine #3"])
    }

    @Test func aRunInALoopIsNamedAfterTheLoopsValues() {
        let (interpreter, _) = session(Self.setup + "save model start\n"
            + "for o in [\"sgd\", \"adam\"]: load model start; optimizer o lr=0.1; train epochs=1\n"
            + "for b in [8]: for lr in [0.1]: train epochs=1 batch=b lr=lr\n"
            + "for b in [8]: train epochs=1 lr=[0.1, 0.01]\n"
            + "train epochs=1")
        #expect(interpreter.state.runs.map(\.name) == ["o=sgd", "o=adam", "b=8 lr=0.1", "b=8 lr=0.1 #2", "b=8 lr=0.01", "run 6"])
        #expect(interpreter.loopValues.isEmpty)
    }

    @Test func plotLossRunsAllNamesEveryRun() {
        let (interpreter, output) = session(Self.setup
            + "train epochs=1 lr=[0.001, 0.003, 0.01, 0.03, 0.1]\ntrain epochs=1 name=\"last one\"\nplot loss runs=all")
        let plotted = output.components(separatedBy: "> plot loss runs=all")[1]
        for run in interpreter.state.runs { #expect(plotted.contains(run.name + "   ") || plotted.contains(run.name + "\n")
                                                    || plotted.contains(run.name + " val"), "\(run.name) missing in \(plotted)") }
    }

    @Test func aScatterOfTenClassesNamesAllTen() {
        let (_, output) = session("seed 0\ndata digits\npreprocess pca dims=2\nshow data")
        for label in 0..<10 { #expect(output.contains("class \(label)"), "class \(label) missing in \(output)") }
    }
}
