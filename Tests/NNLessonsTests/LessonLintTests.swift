import Foundation
import Testing
import NNLang
@testable import NNLessons

/// `nnlab check`: checks across seed offsets, exercises that must fail unfilled.
@Suite struct LessonLintTests {
    static func lesson(check: String, exercise: String = "let rate = ???\nexpect rate > 0.01") -> String {
        """
        # Lint

        ```nnlab
        seed 1
        data spiral classes=3 points=30
        model 2 -> 20 relu -> 3
        check loss
        \(check)
        ```

        ```nnlab exercise
        \(exercise)
        ```

        ```nnlab solution
        let rate = 0.5
        expect rate > 0.01
        ```
        """
    }

    /// The initial loss of the lesson's model under seed 1 + `offset`, as the lesson computes it.
    static func initialLoss(offset: UInt64) throws -> Double {
        let text = "seed 1\ndata spiral classes=3 points=30\nmodel 2 -> 20 relu -> 3\ncheck loss"
        let interpreter = Interpreter(seedOffset: offset)
        let outcome = interpreter.run(SourceFile(name: "probe", text: text)) { _ in }
        #expect(outcome.error == nil)
        return try #require(interpreter.state.lookup("initial_loss")?.number)
    }

    @Test func robustChecksHoldUnderEveryOffsetWithTheirMargins() throws {
        let lint = try LessonLint(MarkdownLesson(name: "l.md", text: Self.lesson(check: "expect initial_loss ~= log(3) tol=0.2")), seeds: 4)
        #expect(lint.passed)
        #expect(lint.stops.isEmpty)
        let check = try #require(lint.checks.first)
        #expect(check.line == 8 && check.failingOffsets.isEmpty)
        let tolerance = try #require(check.tolerance)
        let margin = try #require(check.worstMargin)
        #expect(tolerance == 0.2 && margin > 0 && margin < 0.2)
        let distances = try (0..<4).map { abs(try Self.initialLoss(offset: UInt64($0)) - log(3.0)) }
        #expect(abs(margin - (0.2 - distances.max()!)) < 1e-6, "the worst margin is the worst offset's")
        #expect(check.worstOffset == UInt64(distances.firstIndex(of: distances.max()!)!))
    }

    @Test func aSeedDependentCheckFailsAndNamesTheSeed() throws {
        let atZero = try Self.initialLoss(offset: 0)
        let lesson = Self.lesson(check: "expect initial_loss ~= \(atZero) tol=0.000001")
        let lint = try LessonLint(MarkdownLesson(name: "l.md", text: lesson), seeds: 3)
        #expect(!lint.passed)
        let check = try #require(lint.checks.first)
        #expect(check.failingOffsets == [1, 2], "passes with its own seed only")
    }

    @Test func anExerciseThatPassesUnfilledIsReported() throws {
        let lesson = Self.lesson(check: "expect classes == 3", exercise: "let rate = 0.5\nexpect rate > 0.01")
        let lint = try LessonLint(MarkdownLesson(name: "l.md", text: lesson), seeds: 1)
        #expect(!lint.passed)
        #expect(lint.exercises == [LessonLint.Exercise(line: 11, hasChecks: true, failure: nil)])
    }

    @Test func aHoleMakesTheExerciseFailAtItsLine() throws {
        let lint = try LessonLint(MarkdownLesson(name: "l.md", text: Self.lesson(check: "expect classes == 3")), seeds: 1)
        #expect(lint.passed)
        let failure = try #require(lint.exercises.first?.failure)
        #expect(failure.hasPrefix("error at line 12"), "\(failure)")
    }

    @Test func theCommandExitsOneAndNamesTheOffset() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let flaky = folder.appendingPathComponent("flaky.md")
        try Self.lesson(check: "expect initial_loss ~= \(try Self.initialLoss(offset: 0)) tol=0.000001")
            .write(to: flaky, atomically: true, encoding: .utf8)
        let good = folder.appendingPathComponent("good.md")
        try Self.lesson(check: "expect initial_loss ~= log(3) tol=0.2").write(to: good, atomically: true, encoding: .utf8)

        let failing = try #require(try NNLabProcess.run(["check", flaky.path, "--seeds", "3"]))
        #expect(failing.status == 1)
        #expect(failing.output.contains("FAILS at offset +1, +2"), "\(failing.output)")
        #expect(failing.output.contains("problems: 1 check failing under some seed (line 8)"), "\(failing.output)")
        let passing = try #require(try NNLabProcess.run(["check", good.path]))
        #expect(passing.status == 0, "\(passing.output)")
        #expect(passing.output.contains("solutions under 5 seed offsets"))
        let missing = try #require(try NNLabProcess.run(["check", folder.appendingPathComponent("none.md").path]))
        #expect(missing.status == 2 && missing.errors.contains("no such file"))
    }
}
