import Foundation
import NNLang
@testable import NNLessons
import Testing

/// The report writers on a report built from events: every format, text cleaned.
@Suite struct GradeReportFormatTests {
    static let checks = """
        expect classes == 3 points=2 "three classes"
        expect val_acc ~= 0.9 tol=0.05 points=1.5 "about 90% # on validation"
        expect test_acc > 0.8 "test accuracy"
        """

    /// Case 0 passes, case 1 fails with an ANSI-coloured, control-laden reason, case 2 is never reached.
    static func report() throws -> GradeReport {
        let checksFile = try ChecksFile(SourceFile(name: "checks.nnlab", text: checks))
        var failed = CaseOutcome(passed: false, wasEvaluated: true, reason: "\u{1B}[31mred\u{1B}[0m and a bell\u{07} and a\u{0}null " + String(repeating: "long ", count: 200))
        failed.actual = .number(0.8)
        failed.expected = .number(0.9)
        failed.tolerance = 0.05
        let events: [GradeEvent] = [
            .submissionError(line: 4, message: "'val_acc' is a result, published by 'train'; results are read-only"),
            .checksStarted, .caseResult(index: 0, outcome: CaseOutcome(passed: true, wasEvaluated: true, reason: nil), seconds: 0.001),
            .caseResult(index: 1, outcome: failed, seconds: 0.002),
        ]
        let settings = GradeSettings(nnlabVersion: "0.1.0", submission: "alice/solution.md", checks: "checks.nnlab",
                                     seeds: 1, timeLimit: 30, memoryLimit: 512, machine: "Linux x86_64 (test)")
        return GradeReport(checks: checksFile, runs: [SeedRun(offset: 0, events: events, end: .crashed("was killed by signal 9 (Killed)"))],
                           settings: settings)
    }

    @Test func everyFormatHasNoEscapeOrControlCharacter() throws {
        let report = try Self.report()
        let texts = [report.json, report.junit(timing: GradeTiming(timestamp: "2026-12-07T02:00:00Z", seconds: 1)),
                     report.tap, report.gradescope, report.exercism, report.summaryTable]
        for text in texts {
            #expect(!text.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" })
            #expect(!text.contains("[31m"))
            #expect(text.contains("red and a bell and anull"))
        }
    }

    @Test func theJSONReportListsEveryCaseInFileOrderWithItsDetails() throws {
        let data = Data(try Self.report().json.utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["status"] as? String == "failed")
        #expect(json["score"] as? Double == 2 && json["max_score"] as? Double == 4.5)
        #expect(json["nnlab_version"] as? String == "0.1.0" && json["seeds"] as? Int == 1)
        #expect(json["time_limit"] as? Double == 30 && json["machine"] as? String == "Linux x86_64 (test)")
        let cases = try #require(json["cases"] as? [[String: Any]])
        #expect(cases.map { $0["status"] as? String } == ["passed", "failed", "error"])
        #expect(cases.map { $0["max_points"] as? Double } == [2, 1.5, 1])
        #expect(cases[1]["expected"] as? Double == 0.9 && cases[1]["actual"] as? Double == 0.8)
        #expect(cases[1]["tolerance"] as? Double == 0.05)
        #expect((cases[2]["message"] as? String)?.contains("was killed by signal 9") == true)
        #expect((json["submission_errors"] as? [String])?.first?.contains("read-only") == true)
    }

    @Test func theJUnitReportCountsFailuresAndErrorsAndShowsEveryDetailInTheBody() throws {
        let xml = try Self.report().junit(timing: GradeTiming(timestamp: "2026-12-07T02:00:00Z", seconds: 1.5))
        #expect(xml.contains("<testsuite name=\"alice/solution.md\" tests=\"3\" failures=\"1\" errors=\"1\" skipped=\"0\" time=\"1.500\" timestamp=\"2026-12-07T02:00:00Z\">"))
        #expect(xml.contains("<testcase classname=\"checks.nnlab\" name=\"three classes\" file=\"checks.nnlab\" line=\"1\" time=\"0.001\"/>"))
        #expect(xml.contains("<failure type=\"check failed\" message=\"val_acc ~= 0.9 does not hold: actual 0.8, expected 0.9 ± 0.05"))
        for line in ["command: expect val_acc ~= 0.9 tol=0.05", "expected: 0.9", "actual: 0.8", "tolerance: 0.05",
                     "hint: about 90% # on validation"] {
            #expect(xml.contains(line), "\(line)")
        }
        #expect(xml.contains("<error type=\"not evaluated\""))
        #expect(xml.contains("<property name=\"nnlab_version\" value=\"0.1.0\"/>"))
    }

    @Test func theTAPReportIsVersion14WithAYAMLBlockPerFailure() throws {
        let lines = try Self.report().tap.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.prefix(3) == ["TAP version 14", "1..3", "ok 1 - three classes"])
        #expect(lines.contains("not ok 2 - about 90% \\# on validation"))
        #expect(lines.contains("not ok 3 - test accuracy"))
        #expect(lines.filter { $0 == "  ---" }.count == 2 && lines.filter { $0 == "  ..." }.count == 2)
        #expect(lines.contains("  severity: error"))
    }

    @Test func theGradescopeAndExercismReportsHaveTheirFields() throws {
        let report = try Self.report()
        let gradescope = try #require(try JSONSerialization.jsonObject(with: Data(report.gradescope.utf8)) as? [String: Any])
        #expect(gradescope["score"] as? Double == 2)
        let tests = try #require(gradescope["tests"] as? [[String: Any]])
        #expect(tests.map { $0["status"] as? String } == ["passed", "failed", "failed"])
        #expect(tests.map { $0["max_score"] as? Double } == [2, 1.5, 1])
        let exercism = try #require(try JSONSerialization.jsonObject(with: Data(report.exercism.utf8)) as? [String: Any])
        #expect(exercism["version"] as? Int == 3 && exercism["status"] as? String == "fail")
        let results = try #require(exercism["tests"] as? [[String: Any]])
        #expect(results.map { $0["status"] as? String } == ["pass", "fail", "error"])
        #expect(results.compactMap { ($0["output"] as? String)?.count }.allSatisfy { $0 <= 500 })
        #expect((results[1]["output"] as? String)?.count == 500)
    }

    @Test func theSummaryNeverSaysAllPassedWhileACaseFailed() throws {
        let table = try Self.report().summaryTable
        #expect(table.contains("score 2/4.5: 2 of 3 cases did not pass"))
        #expect(!table.contains("all 3 cases passed"))
        #expect(table.contains("the grading process was killed by signal 9 (Killed) while the checks ran"))
    }
}

/// The class table: one row per submission, points per case.
@Suite struct ClassTableTests {
    @Test func theCSVHasAColumnPerCaseAndARowPerSubmissionGradedOrNot() throws {
        let report = try GradeReportFormatTests.report()
        let table = ClassTable(cases: report.cases.map(\.gradeCase), rows: [
            ClassTable.Row(student: "alice", report: report),
            ClassTable.Row(student: "bob", report: nil, problem: "cannot read bob/solution.md: no such file"),
        ])
        let lines = table.csv.split(separator: "\n").map(String.init)
        #expect(lines == [
            "student,score,max_score,status,line 1: three classes,line 2: about 90% # on validation,line 3: test accuracy",
            "alice,2,4.5,failed,2,0,0",
            "bob,0,4.5,not graded: cannot read bob/solution.md: no such file,0,0,0",
        ])
        #expect(table.summary.hasSuffix("0 of 2 submissions passed every case\n"))
    }

    @Test func aFieldWithACommaOrAQuoteIsQuoted() {
        #expect(ClassTable.field("a, \"b\"") == "\"a, \"\"b\"\"\"")
        #expect(ClassTable.field("plain") == "plain")
    }
}
