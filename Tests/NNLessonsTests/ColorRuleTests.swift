import Foundation
import Testing

/// Colour follows the environment and `set color=`, never leaking into transcripts.
@Suite struct ColorRuleTests {
    static let escape = "\u{1B}["

    @Test func forceColorPaintsChecksAndErrorsAtThePrompt() throws {
        guard let result = try NNLabProcess.run([], input: "expect 1 == 1\nexpect 1 == 2\nbogus\n",
                                                environment: ["FORCE_COLOR": "1", "TERM": "xterm"]) else { return }
        #expect(result.status == 0)
        #expect(result.output.contains("\(Self.escape)1;32mPASS\(Self.escape)0m 1 == 1"), "\(result.output)")
        #expect(result.output.contains("\(Self.escape)1;31mFAIL\(Self.escape)0m 1 == 2"))
        #expect(result.output.contains("\(Self.escape)1;31merror: unknown command 'bogus'"))
    }

    @Test(arguments: [
        (["FORCE_COLOR": "1"], "set color=off\n"),
        (["NO_COLOR": "1"], ""),
        (["TERM": "dumb"], ""),
        ([:], ""),
    ])
    func noColorWhenTurnedOffOrNotATerminal(environment: [String: String], prefix: String) throws {
        guard let result = try NNLabProcess.run([], input: prefix + "expect 1 == 1\nbogus\n",
                                                environment: environment) else { return }
        #expect(result.output.contains("PASS 1 == 1"))
        #expect(!result.output.contains(Self.escape), "\(result.output)")
    }

    @Test func setColorOnPaintsThroughAPipe() throws {
        guard let result = try NNLabProcess.run([], input: "set color=on\nexpect 1 == 1\n") else { return }
        #expect(result.output.contains("\(Self.escape)1;32mPASS"), "\(result.output)")
    }

    @Test func runReadsAScriptFromStandardInput() throws {
        guard let result = try NNLabProcess.run(["run", "-"], input: "let x = 1\nexpect x == 1\n") else { return }
        #expect(result.status == 0)
        #expect(result.output == "> let x = 1\n> expect x == 1\nPASS x == 1: actual 1, expected 1\n")
    }
}
