import Foundation
import NNLangFuzz
import Testing
@testable import NNLang

/// Random lines over the whole grammar (see `FuzzLineGenerator`), a few thousand per run,
/// through the interpreter as the prompt runs them: every line returns, and every error
/// is a positioned diagnostic. `NNLAB_FUZZ_SEED` and `NNLAB_FUZZ_LINES` pick other lines;
/// a failure prints its seed, the line and the episode that led to it.
@Suite struct FuzzTests {
    @Test func randomLinesReturnWithDiagnostics() throws {
        let (seed, count) = FuzzEpisode.configuration(defaultLines: 5000)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let episodes = FuzzEpisode.make(seed: seed, lines: count, scratchDirectory: scratch.path)
        if let dump = ProcessInfo.processInfo.environment["NNLAB_FUZZ_DUMP"] {
            try episodes.map(\.script).joined(separator: "reset\n").write(toFile: dump, atomically: true, encoding: .utf8)
        }
        let workingDirectory = FileManager.default.currentDirectoryPath
        let before = try FileManager.default.contentsOfDirectory(atPath: workingDirectory)
        let failures = FuzzRunner(seed: seed, episodes: episodes).run(lineBudget: 60)
        // Every file a line names is in the scratch directory; nothing lands where the tests run.
        #expect(try FileManager.default.contentsOfDirectory(atPath: workingDirectory) == before)
        for failure in failures.prefix(20) {
            Issue.record("\(failure)")
        }
        #expect(failures.isEmpty, "\(failures.count) fuzz failures with seed \(seed) (\(count) lines)")
    }

    @Test func theSameSeedGivesTheSameLines() {
        let first = FuzzEpisode.make(seed: 3, lines: 200, scratchDirectory: "/tmp/x")
        let second = FuzzEpisode.make(seed: 3, lines: 200, scratchDirectory: "/tmp/x")
        #expect(first.map(\.lines) == second.map(\.lines))
        #expect(first.map(\.lines) != FuzzEpisode.make(seed: 4, lines: 200, scratchDirectory: "/tmp/x").map(\.lines))
        #expect(first.reduce(0) { $0 + $1.lines.count } >= 200)
    }

    @Test func aBrokenDiagnosticIsReported() {
        let source = SourceFile(name: "<fuzz>", text: "train")
        let outside = Diagnostic(.commandFailed, "Optional(3)", at: SourceRange(line: 7, column: 1))
        let problems = FuzzRunner.problems(with: outside, in: source)
        #expect(problems.contains { $0.contains("outside the line") })
        #expect(problems.contains { $0.contains("leaked") })
        #expect(FuzzRunner.problems(with: Diagnostic(.commandFailed, "there is no data yet", at: SourceRange(line: 1, column: 1)),
                                    in: source).isEmpty)
    }
}
