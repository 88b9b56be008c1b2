import Testing
@testable import NNLab
@testable import NNLang

/// `landscape` and `descend`: paths pile up on one surface, a new surface clears them,
/// a failed command leaves them as they were, and a diverging walk is reported.
@Suite struct LandscapeCommandTests {
    private func names(_ interpreter: Interpreter) -> [String] {
        interpreter.state.landscape?.paths.map(\.name) ?? []
    }

    private func descent(_ interpreter: Interpreter, _ field: String) -> Value? {
        guard case .record(let record)? = interpreter.state.results["descent"] else { return nil }
        return record[field]
    }

    @Test func descendBeforeALandscapeSaysWhatToDo() {
        let (interpreter, output) = session("descend sgd lr=0.1")
        #expect(output.contains("descend walks on a 2-D landscape, and none is set yet"), "\(output)")
        #expect(output.contains("landscape ravine (or saddle, rosenbrock, quadratic), then descend sgd"), "\(output)")
        #expect(interpreter.state.landscape == nil && interpreter.state.results["descent"] == nil)
    }

    @Test func successiveDescendsOverlayTheirPathsEachNamed() {
        let (interpreter, output) = session("landscape ravine\ndescend sgd lr=0.09\ndescend sgd lr=0.01 momentum=0.9 steps=80")
        #expect(names(interpreter) == ["sgd lr=0.09", "sgd lr=0.01 momentum=0.9"])
        let lastPlot = output.components(separatedBy: "> descend sgd lr=0.01").last ?? ""
        #expect(lastPlot.contains("• sgd lr=0.09") && lastPlot.contains("× sgd lr=0.01 momentum=0.9"), "\(output)")
        #expect(descent(interpreter, "steps") == .number(80) && descent(interpreter, "diverged") == .bool(false))
    }

    @Test func theTableAndTheRecordAgreeWithTheClosedForm() throws {
        let (interpreter, output) = session("landscape quadratic\ndescend sgd lr=0.5 steps=10")
        let x = try #require(descent(interpreter, "x")?.number), y = try #require(descent(interpreter, "y")?.number)
        #expect(abs(x - -4 / 1024) < 1e-9 && abs(y - 1 / 1024) < 1e-9)
        let loss = try #require(descent(interpreter, "loss")?.number)
        #expect(abs(loss - 0.5 * (x * x + y * y)) < 1e-12)
        #expect(output.contains("sgd lr=0.5     10  -0.003906  9.766e-4"), "\(output)")
    }

    @Test func aListGivesOnePathPerValueAndARepeatedNameIsNumbered() {
        let (interpreter, _) = session("landscape saddle\ndescend adam lr=[0.01, 0.1]\ndescend adam lr=0.1")
        #expect(names(interpreter) == ["adam lr=0.01", "adam lr=0.1", "adam lr=0.1 #2"])
        let (steps, _) = session("landscape ravine\ndescend sgd lr=0.05 steps=[5, 20]")
        #expect(steps.state.landscape?.paths.map(\.descent.stepsTaken) == [5, 20])
    }

    @Test func aNewLandscapeOrResetClearsThePaths() {
        let (again, _) = session("landscape ravine\ndescend sgd lr=0.05\nlandscape ravine cond=5")
        #expect(names(again).isEmpty && again.state.landscape?.surface.condition == 5)
        let (reset, _) = session("landscape ravine\ndescend sgd lr=0.05\nreset")
        #expect(reset.state.landscape == nil)
    }

    @Test(arguments: ["descend sgd lr=0.1 start=[1e9, 0]", "descend sgd lr=0.1 momentum=0.9 dampening=[0, 0.5] nesterov"])
    func aFailedDescendLeavesThePathsAsTheyWere(line: String) {
        let setup = "landscape ravine\ndescend sgd lr=0.05 name=first\n"
        let (before, _) = session(setup)
        let (after, output) = session(setup + line)
        #expect(output.contains("error"), "\(output)")
        #expect(after.state.landscape == before.state.landscape && names(after) == ["first"])
        #expect(after.state.results["descent"] == before.state.results["descent"])
    }

    @Test func sgdTooFastForTheRavineIsReportedAsDiverged() {
        let (interpreter, output) = session("landscape ravine\ndescend sgd lr=0.11 steps=100")
        #expect(output.contains("warning: 'sgd lr=0.11' diverged at step 41: it left the plot far behind"), "\(output)")
        #expect(descent(interpreter, "diverged") == .bool(true) && descent(interpreter, "steps") == .number(41))
    }

    @Test func escapingTheSaddleIsNotDivergence() {
        let (interpreter, output) = session("landscape saddle\ndescend sgd lr=0.1 steps=200")
        #expect(output.contains("escaped the saddle downhill and was stopped at step 80"), "\(output)")
        #expect(!output.contains("warning") && descent(interpreter, "diverged") == .bool(false))
    }
}
