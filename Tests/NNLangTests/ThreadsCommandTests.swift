import NNLab
import Testing
@testable import NNLang

@Suite struct ThreadsCommandTests {
    @Test func setThreadsFixesTheCountAndShowConfigSaysSo() {
        let (interpreter, output) = session("set threads=2\nshow config")
        #expect(interpreter.state.threadPolicy == .fixed(2))
        #expect(output.contains("threads 2, portable off"))
        #expect(output.contains("threads       2"))
    }

    @Test func autoGoesBackToThePolicyAndResetKeepsTheSetting() {
        let (interpreter, output) = session("set threads=1\nreset\nshow config\nset threads=auto")
        #expect(output.contains("threads       1"))
        #expect(interpreter.state.threadPolicy == .automatic)
    }

    @Test(arguments: ["set threads=0", "set threads=many", "set threads=1.5"])
    func badCountsAreRefusedAndChangeNothing(_ text: String) {
        let (interpreter, output) = session(text)
        #expect(output.contains("error"))
        #expect(output.contains("threads"))
        #expect(interpreter.state.threadPolicy == ThreadPolicy.current)
    }
}
