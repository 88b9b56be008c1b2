import Foundation
import Testing

/// `nnlab` with standard input from a pipe, and the executable's own arguments.
@Suite struct PromptTests {
    @Test func pipedLinesRunInOneSessionAndEndAtEOF() throws {
        let input = "let y = 3\nprint y\nbogus\nprint y * \\\n  2\nexpect y == 3\n"
        guard let result = try NNLabProcess.run([], input: input) else { return }
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("y = 3\nerror: unknown command 'bogus'"), "\(result.output)")
        #expect(result.output.contains(" --> <stdin>:3:1"))
        #expect(result.output.contains("y * \\\n  2 = 6") || result.output.contains(" = 6\n"))
        #expect(result.output.hasSuffix("PASS y == 3: actual 3, expected 3\n"))
        #expect(!result.output.contains("nnlab>"))
        #expect(!result.output.contains("\u{1B}"))
    }

    @Test func emptyInputExitsZeroQuietly() throws {
        guard let result = try NNLabProcess.run([], input: "") else { return }
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        #expect(result.errors.isEmpty)
    }

    @Test func helpAndVersion() throws {
        guard let version = try NNLabProcess.run(["--version"]),
              let help = try NNLabProcess.run(["help"]),
              let command = try NNLabProcess.run(["help", "optimizer"]),
              let unknown = try NNLabProcess.run(["help", "optimzer"]) else { return }
        #expect(version.status == 0 && version.output.hasPrefix("nnlab "))
        #expect(help.status == 0 && help.output.contains("USAGE: nnlab") && help.output.contains("optimizer"))
        #expect(command.status == 0 && command.output.contains("usage: optimizer"))
        #expect(unknown.status == 2 && unknown.errors.contains("did you mean 'optimizer'?"))
    }

    @Test(arguments: [["bogus"], ["run"], ["run", "a", "b"], ["--frobnicate"]])
    func badArgumentsExitTwo(arguments: [String]) throws {
        guard let result = try NNLabProcess.run(arguments) else { return }
        #expect(result.status == 2)
        #expect(result.errors.contains("Usage: nnlab"))
    }

    @Test(arguments: [
        ("opti", "optimizer\n"),
        ("data sp", "spiral\n"),
        ("optimizer sgd mo", "momentum=\n"),
        ("seed 1; mo", "model\n"),
        ("optimizer sgd lr=0.1 l", ""),
    ])
    func completionComesFromTheSchema(line: String, expected: String) throws {
        guard let result = try NNLabProcess.run(["--complete", line]) else { return }
        #expect(result.status == 0)
        #expect(result.output == expected)
    }
}
