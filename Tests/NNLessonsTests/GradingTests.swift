import NNLang
@testable import NNLessons
import Testing

/// The grading logic in process: a submission and a checks file run by `SubmissionRun`,
/// combined by `GradeReport`, without the child process.
@Suite struct GradingTests {
    static let honest = """
        seed 0
        data spiral classes=3 points=100
        model 2 -> 100 relu -> 3
        optimizer sgd lr=0.5
        train epochs=60 batch=32
        expect val_acc > 0.99 "the learner's own check"
        """

    static let checks = """
        expect classes == 3 points=1 "three classes"
        expect val_acc > 0.7 points=2 "validation accuracy above 70%"
        expect train_loss < 0.6 points=0.5 "training loss below 0.6"
        """

    static let settings = GradeSettings(nnlabVersion: "test", submission: "submission.nnlab", checks: "checks.nnlab",
                                        seeds: 1, timeLimit: 60, memoryLimit: 2048, machine: "test machine")

    /// Grades in process under offsets 0..<seeds.
    static func grade(_ submission: String, checks: String = checks, isLesson: Bool = false, seeds: Int = 1) throws -> GradeReport {
        let checksFile = try ChecksFile(SourceFile(name: "checks.nnlab", text: checks))
        let submitted = try Submission(name: isLesson ? "submission.md" : "submission.nnlab", text: submission, isLesson: isLesson)
        let runs = (0..<UInt64(seeds)).map { offset in
            var events: [GradeEvent] = []
            SubmissionRun(submission: submitted, checks: checksFile, seedOffset: offset).run { events.append($0) }
            return SeedRun(offset: offset, events: events, end: .completed)
        }
        var settings = settings
        settings.seeds = seeds
        return GradeReport(checks: checksFile, runs: runs, settings: settings)
    }

    @Test func anHonestSubmissionScoresFull() throws {
        let report = try Self.grade(Self.honest)
        #expect(report.cases.map(\.status) == [.passed, .passed, .passed])
        #expect(report.score == 3.5 && report.maxScore == 3.5)
        #expect(report.passed)
        #expect(report.summaryTable.contains("score 3.5/3.5: all 3 cases passed"))
    }

    @Test func theSubmissionsOwnExpectsScoreNothing() throws {
        let report = try Self.grade(Self.honest + "\nexpect 1 == 1 points=100 \"free points\"\n")
        #expect(report.cases.count == 3)
        #expect(report.maxScore == 3.5)
        #expect(report.ownChecksPassed + report.ownChecksFailed == 2)
    }

    @Test func assigningAPublishedNameIsRefusedAndReported() throws {
        let report = try Self.grade(Self.honest + "\nlet val_acc = 1\n")
        #expect(report.submissionErrors.contains { $0.contains("'val_acc' is a result") && $0.contains("read-only") })
        #expect(report.cases.allSatisfy { $0.status != .passed })
        #expect(report.score == 0)
        #expect(report.cases[0].outcome.reason?.contains("the submission did not run") == true)
    }

    /// A lesson's first lines: a block that loads spiral and builds a model, left open.
    static let lessonStart = """
        # A lesson
        ```nnlab
        seed 0
        data spiral classes=3 points=100
        model 2 -> 100 relu -> 3

        """

    @Test func aHoleLeftFailsTheCasesThatDependOnItAndNotTheOthers() throws {
        let lesson = Self.lessonStart + """
            train epochs=60 batch=32 lr=0.5
            ```

            ```nnlab exercise
            optimizer sgd lr=???
            train epochs=60 batch=32
            ```

            ```nnlab solution
            optimizer sgd lr=0.5
            train epochs=60 batch=32
            ```
            """
        let report = try Self.grade(lesson, isLesson: true)
        #expect(report.cases[0].status == .passed, "classes does not depend on the hole")
        #expect(report.cases[1].status == .error)
        #expect(report.cases[1].outcome.reason?.contains("a hole '???' is left to fill") == true)
        #expect(report.submissionErrors == ["line 10: a hole '???' is left to fill"])
        #expect(report.score == 1)
    }

    /// A block that does not parse fails what it would have measured, not what earlier blocks measured.
    @Test func aSyntaxErrorInOneBlockFailsOnlyWhatThatBlockWouldMeasure() throws {
        let lesson = Self.lessonStart + """
            ```

            ```nnlab
            train epochs=60 batch=32 lr=(0.5
            ```
            """
        let report = try Self.grade(lesson, isLesson: true)
        #expect(report.cases[0].status == .passed, "classes was measured by the first block: \(report.cases[0])")
        #expect(report.cases[1].status != .passed && report.cases[2].status != .passed)
        #expect(report.cases[1].outcome.reason?.contains("did not run: line 9") == true, "\(report.cases[1])")
    }

    /// A failure shows the expected value and tolerance even when the check could not be evaluated.
    @Test func aCaseThatNeverRanStillShowsWhatItExpected() throws {
        let checks = "expect samples ~= 999 tol=0.5 \"samples\"\nexpect params == 10703 \"params\"\nexpect val_acc > 0.5"
        let report = try Self.grade("seed 0", checks: checks)
        #expect(report.cases.allSatisfy { $0.status == .error })
        #expect(report.cases[0].outcome.expected == .number(999) && report.cases[0].outcome.tolerance == 0.5)
        #expect(report.cases[1].outcome.expected == .number(10703) && report.cases[1].outcome.tolerance == nil)
        #expect(report.cases[2].outcome.expected == .number(0.5) && report.cases[2].outcome.actual == nil)
    }

    @Test func theSolutionBlocksOfASubmittedLessonNeverRun() throws {
        let lesson = "```nnlab exercise\nlet x = ???\n```\n\n```nnlab solution\nseed 0\ndata spiral classes=3\n```\n"
        let report = try Self.grade(lesson, checks: "expect classes == 3", isLesson: true)
        #expect(report.cases[0].status == .error)
    }

    @Test func everyCaseIsEvaluatedAfterOneFailsAndPointsAddUpUnrounded() throws {
        let checks = """
            expect classes == 4 points=0.25 "fails"
            load model never_saved
            expect classes == 3 points=0.25 "passes after a failed case and a failed command"
            expect samples > 0 points=0.5
            """
        let report = try Self.grade(Self.honest, checks: checks)
        #expect(report.cases.map(\.status) == [.failed, .passed, .passed])
        #expect(report.score == 0.75 && report.maxScore == 1)
        #expect(!report.passed)
        #expect(report.checksErrors.count == 1)
        #expect(report.summaryTable.contains("score 0.75/1: 1 of 3 cases did not pass"))
        #expect(!report.summaryTable.contains("all"))
    }

    @Test func aCaseThatPassesOnlyUnderSeedOffsetZeroFailsWithThreeSeeds() throws {
        let single = try Self.grade(Self.honest, checks: "expect train_loss > 0")
        guard case .number(let loss)? = single.cases[0].outcome.actual else {
            Issue.record("train_loss was not measured")
            return
        }
        let luckyCheck = "expect train_loss ~= \(loss) tol=1e-9 \"exactly the seed-0 loss\""
        #expect(try Self.grade(Self.honest, checks: luckyCheck, seeds: 1).passed)
        let threeSeeds = try Self.grade(Self.honest, checks: luckyCheck, seeds: 3)
        #expect(!threeSeeds.passed)
        #expect(threeSeeds.cases[0].failingOffsets == [1, 2])
        #expect(threeSeeds.cases[0].summary.hasSuffix("failing under seed offsets 1, 2"), "\(threeSeeds.cases[0].summary)")
        #expect(!single.cases[0].summary.contains("seed offset"))
        let trained = Self.honest.split(separator: "\n").dropLast().joined(separator: "\n")
        let own = try Self.grade(trained + "\n" + luckyCheck + "\nexpect samples == 300", checks: "expect train_loss > 0", seeds: 3)
        #expect(own.ownChecksPassed == 1 && own.ownChecksFailed == 1, "the lucky own check fails under offsets 1 and 2")
    }

    @Test func aRunStoppedAtALimitReportsEveryCaseWithItsReason() throws {
        let checksFile = try ChecksFile(SourceFile(name: "checks.nnlab", text: Self.checks))
        let outcome = CaseOutcome(passed: true, wasEvaluated: true, reason: nil)
        let events: [GradeEvent] = [.checksStarted, .caseResult(index: 0, outcome: outcome, seconds: 0)]
        let report = GradeReport(checks: checksFile, runs: [SeedRun(offset: 0, events: events, end: .timeLimit(5))],
                                 settings: Self.settings)
        #expect(report.cases.map(\.status) == [.passed, .error, .error])
        #expect(report.cases[1].outcome.reason == "stopped at the time limit of 5 s while the checks ran")
        #expect(report.stops == ["stopped at the time limit of 5 s while the checks ran"])
        #expect(report.score == 1)
    }

    @Test(arguments: [
        ("expect val_acc > ", "syntax"), ("train epochs=2", "no expect"),
        ("for x in [1, 2]: expect x > 0", "inside a for loop"), ("expect val_acc ~= 1", "tolerance"),
    ])
    func aBadChecksFileIsRefusedBeforeAnythingRuns(text: String, what: String) {
        #expect(throws: GradeSetupError.self, "\(what)") { try ChecksFile(SourceFile(name: "checks.nnlab", text: text)) }
    }

    @Test func checksMayReadTheSubmissionsVariables() throws {
        let report = try Self.grade("let chosen_lr = 0.1", checks: "expect chosen_lr < 1")
        #expect(report.passed)
    }

    @Test func eventsSurviveTheirJSONLines() {
        let outcome = CaseOutcome(passed: false, wasEvaluated: true, reason: "line\nbreak")
        let events: [GradeEvent] = [.submissionError(line: 3, message: "a \"quoted\" error"), .ownCheck(line: 2, passed: true),
                                    .checksStarted, .caseResult(index: 1, outcome: outcome, seconds: 0.5), .finished]
        for event in events {
            #expect(!event.jsonLine.contains("\n"))
            #expect(GradeEvent(jsonLine: event.jsonLine) == event)
        }
        #expect(GradeEvent(jsonLine: "not json") == nil)
    }
}
