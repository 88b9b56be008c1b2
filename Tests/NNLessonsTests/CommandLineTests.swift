import Foundation
import Testing

/// The executable's command line, parsed by swift-argument-parser: subcommands with their
/// own help, usage errors with the one relevant usage line and exit code 2, shell
/// completion scripts, and the invocations that worked before the move.
@Suite struct CommandLineTests {
    @Test(arguments: [["run", "--help"], ["lesson", "--help"], ["lessons", "--help"], ["help", "--help"], ["help", "run"],
                      ["--help"], ["-h"]])
    func everySubcommandHasItsOwnHelp(arguments: [String]) throws {
        guard let result = try NNLabProcess.run(arguments) else { return }
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        let subject = arguments.first == "help" && arguments.count == 2 && arguments[1] == "run" ? "run" : arguments[0]
        let expectedUsage = subject.hasPrefix("-") ? "USAGE: nnlab [" : "USAGE: nnlab \(subject)"
        #expect(result.output.contains(expectedUsage), "\(result.output)")
    }

    /// `check` names both a subcommand (checking lessons) and a command of the language.
    @Test func helpCheckShowsTheSubcommandAndPointsAtTheLanguagesCheck() throws {
        guard let subcommand = try NNLabProcess.run(["help", "check"]),
              let language = try NNLabProcess.run(["help", "check", "loss"]) else { return }
        #expect(subcommand.status == 0 && subcommand.output.contains("USAGE: nnlab check"), "\(subcommand.output)")
        #expect(subcommand.output.contains("'check' is also a command of the language (check loss, check gradients): "
                                           + "nnlab help check loss shows it"), "\(subcommand.output)")
        #expect(language.status == 0 && language.output.hasPrefix("check: sanity checks before training"), "\(language.output)")
        guard let extra = try NNLabProcess.run(["help", "train", "lr"]) else { return }
        #expect(extra.status == 2 && extra.errors.contains("help takes one topic"), "\(extra.errors)")
    }

    @Test(arguments: [
        (["run"], "Usage: nnlab run [--portable] [--shard <i/N>] [--results <path>] <file>", "Missing expected argument"),
        (["run", "a.nnlab", "b.nnlab"], "Usage: nnlab run [--portable] [--shard <i/N>] [--results <path>] <file>", "Unexpected argument 'b.nnlab'"),
        (["run", "--frobnicate", "a.nnlab"], "Usage: nnlab run [--portable] [--shard <i/N>] [--results <path>] <file>", "Unknown option '--frobnicate'"),
        (["--frobnicate"], "Usage: nnlab [--complete <line>] <subcommand>", "Unknown option '--frobnicate'"),
        (["rn"], "Usage: nnlab [--complete <line>] <subcommand>", "did you mean 'run'?"),
        (["lesson.md"], "Usage: nnlab [--complete <line>] <subcommand>", "use 'nnlab lesson lesson.md'"),
        (["lesson.md"], "Usage: nnlab [--complete <line>] <subcommand>", "use 'nnlab run lesson.md'"),
        (["lesson"], "Usage: nnlab lesson <lesson>", "Missing expected argument"),
    ])
    func usageErrorsShowTheOneRelevantUsageLineAndExitTwo(arguments: [String], usage: String, reason: String) throws {
        guard let result = try NNLabProcess.run(arguments) else { return }
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.errors.hasPrefix("nnlab: "), "\(result.errors)")
        #expect(result.errors.contains(reason), "\(result.errors)")
        let usageLines = result.errors.split(separator: "\n").filter { $0.hasPrefix("Usage:") }
        #expect(usageLines == [Substring(usage)], "\(result.errors)")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsForEveryShell(shell: String) throws {
        guard let result = try NNLabProcess.run(["--generate-completion-script", shell]) else { return }
        #expect(result.status == 0)
        #expect(result.output.contains("nnlab"))
        #expect(result.output.contains("run"))
    }

    @Test func theVersionHasThreeSpellings() throws {
        let outputs = try [["--version"], ["-V"], ["version"]].compactMap { try NNLabProcess.run($0) }
        guard outputs.count == 3 else { return }
        #expect(outputs.allSatisfy { $0.status == 0 && $0.output == outputs[0].output })
        #expect(outputs[0].output.hasPrefix("nnlab 0."))
    }

    @Test func standardInputIsNamedTheSameEverywhere() throws {
        guard let piped = try NNLabProcess.run([], input: "bogus\n"),
              let run = try NNLabProcess.run(["run", "-"], input: "bogus\n"),
              let binary = try NNLabProcess.run(["run", "-"], input: "a\u{0}b") else { return }
        #expect(piped.output.contains("--> <stdin>:1:1"), "\(piped.output)")
        #expect(run.output.contains("--> <stdin>:1:1"), "\(run.output)")
        #expect(binary.status == 2 && binary.errors.contains("<stdin> is a binary file"), "\(binary.errors)")
    }

    @Test func aFileNamedLikeAnOptionRunsAfterTheTerminator() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("-odd.nnlab", "expect 1 == 1\n")
        guard let result = try NNLabProcess.run(["run", "--", "-odd.nnlab"], in: directory.url) else { return }
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("PASS 1 == 1"))
    }

    @Test func theShippedManPageNamesEverySubcommand() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let page = try String(contentsOf: root.appendingPathComponent("docs/man/nnlab.1"), encoding: .utf8)
        #expect(page.contains(".Dt NNLAB 1"))
        for subcommand in ["run", "merge", "lesson", "lessons", "check", "help"] { #expect(page.contains(subcommand)) }
    }

    /// `--portable` gives the same bytes whatever kernel OpenBLAS picks; the tour's
    /// training amplifies any difference in the products, so it would show one.
    @Test func portableRunsAreTheSameUnderEveryBLASKernel() throws {
        let tour = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("NNLangTests/Scripts/tour.nnlab").path
        var outputs: [String] = []
        for kernel in ["Haswell", "SkylakeX", "Sandybridge"] {
            let result = try #require(try NNLabProcess.run(["run", "--portable", tour], environment: ["OPENBLAS_CORETYPE": kernel]))
            #expect(result.status == 0, "\(result.errors)")
            outputs.append(result.output)
        }
        #expect(outputs[0].contains("> overfit"))
        #expect(Set(outputs).count == 1)
    }
}
