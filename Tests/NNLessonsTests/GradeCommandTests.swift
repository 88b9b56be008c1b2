import Foundation
import Testing

/// `nnlab grade` end to end: the built binary, its child processes, limits and reports.
@Suite struct GradeCommandTests {
    static let honest = """
        seed 0
        data spiral classes=3 points=100
        model 2 -> 100 relu -> 3
        optimizer sgd lr=0.5
        train epochs=60 batch=32
        """

    static let checks = """
        expect classes == 3 points=1 "three classes"
        expect val_acc > 0.7 points=2 "validation accuracy above 70%"
        """

    /// A class folder: `checks.nnlab` beside `student/`, where the submission goes.
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("student"), withIntermediateDirectories: true)
        _ = try folder.write("checks.nnlab", Self.checks)
    }

    /// Grades `student/NAME` holding `submission`, with extra arguments; the JSON report is in `report.json`.
    private func grade(_ submission: String, name: String = "solution.nnlab", checks: String = "checks.nnlab",
                       _ arguments: [String] = []) throws -> (NNLabProcess.Result, [String: Any])? {
        _ = try folder.write("student/" + name, submission)
        let json = folder.url.appendingPathComponent("report.json")
        try? FileManager.default.removeItem(at: json)
        guard let result = try NNLabProcess.run(["grade", "student/" + name, "--checks", checks, "--json", "report.json"] + arguments,
                                                in: folder.url) else { return nil }
        let data = (try? Data(contentsOf: json)) ?? Data()
        return (result, (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:])
    }

    private func cases(_ report: [String: Any]) -> [[String: Any]] { report["cases"] as? [[String: Any]] ?? [] }

    @Test func anHonestSubmissionScoresFullAndExitsZero() throws {
        guard let (result, report) = try grade(Self.honest) else { return }
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        #expect(report["status"] as? String == "passed")
        #expect(report["score"] as? Double == 3 && report["max_score"] as? Double == 3)
        #expect(result.output.contains("score 3/3: all 2 cases passed"))
    }

    @Test func assigningValAccIsRefusedAndReported() throws {
        guard let (result, report) = try grade(Self.honest + "\nlet val_acc = 1\n") else { return }
        #expect(result.status == 1)
        #expect(result.output.contains("'val_acc' is a result, published by 'train', 'ensemble', 'snapshot', 'ema'; results are read-only"))
        #expect((report["submission_errors"] as? [String])?.first?.contains("read-only") == true)
        #expect(report["score"] as? Double == 0)
    }

    /// A fence left open is the learner's mistake: the report says so for every case, and the exit is 1, not 2.
    @Test func aLessonWithAFenceLeftOpenGetsAReportWithEveryCaseFailing() throws {
        let lesson = "# My answers\n\n```nnlab\nseed 0\ndata spiral classes=3 points=100\n"
        guard let (result, report) = try grade(lesson, name: "solution.md") else { return }
        #expect(result.status == 1, "\(result.output)\(result.errors)")
        #expect(report["score"] as? Double == 0 && cases(report).count == 2)
        #expect(cases(report).allSatisfy { ($0["status"] as? String) == "error" })
        #expect(result.output.contains("the submission could not be read, so nothing ran: line 3"), "\(result.output)")
    }

    @Test func anEndlessTrainIsStoppedAtTheTimeLimitWithEveryCaseReported() throws {
        let checks = """
            expect classes == 3 "reached before the endless run"
            train epochs=1000000 batch=1
            expect val_acc > 0.7 "never reached"
            """
        _ = try folder.write("endless-checks.nnlab", checks)
        guard let (result, report) = try grade(Self.honest, checks: "endless-checks.nnlab", ["--time-limit", "2"]) else { return }
        #expect(result.status == 1)
        #expect(cases(report).map { $0["status"] as? String } == ["passed", "error"])
        #expect((cases(report).last?["message"] as? String)?.contains("stopped at the time limit of 2 s while the checks ran") == true)
        #expect(report["time_limit"] as? Double == 2)
    }

    @Test func anEndlessSubmissionIsStoppedAtTheTimeLimit() throws {
        guard let (result, report) = try grade(Self.honest + "\ntrain epochs=1000000 batch=1\n", ["--time-limit", "1"]) else { return }
        #expect(result.status == 1)
        #expect((report["stops"] as? [String]) == ["stopped at the time limit of 1 s while the submission ran, before the checks"])
        #expect(cases(report).count == 2)
        #expect(cases(report).allSatisfy { $0["status"] as? String == "error" })
    }

    @Test func aMemoryBombIsStoppedAtTheMemoryLimit() throws {
        let bomb = "data gaussian dims=10000 points=1000 classes=10\n"
        guard let (result, report) = try grade(bomb, ["--memory-limit", "200"]) else { return }
        #expect(result.status == 1)
        #expect((report["stops"] as? [String])?.first?.contains("stopped at the memory limit of 200 MB") == true)
        #expect(report["memory_limit_mb"] as? Double == 200)
    }

    @Test(arguments: ["/etc/passwd", "../outside.csv", "link.csv"])
    func readingOutsideTheFolderIsRefused(path: String) throws {
        _ = try folder.write("outside.csv", "x,label\n1,0\n2,1\n")
        let link = folder.url.appendingPathComponent("student/link.csv")
        try? FileManager.default.removeItem(at: link)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/etc/passwd")
        guard let (result, report) = try grade("data csv \"\(path)\"\n") else { return }
        #expect(result.status == 1)
        let error = (report["submission_errors"] as? [String])?.first ?? ""
        #expect(error.contains("'\(path)' is outside the submission's folder"), "\(error)")
    }

    @Test func aFileInsideTheFolderIsRead() throws {
        _ = try folder.write("student/points.csv", "x,y,label\n" + (0..<60).map { "\($0 % 7),\($0 % 5),\($0 % 3)" }.joined(separator: "\n"))
        guard let (result, report) = try grade("data csv \"points.csv\"\n") else { return }
        #expect(report["submission_errors"] as? [String] == [], "\(result.output)")
        #expect(cases(report).first?["status"] as? String == "passed")
    }

    @Test func aSubmissionThatOverwritesTheChecksFileBesideItDoesNotChangeTheChecks() throws {
        _ = try folder.write("student/checks.nnlab", Self.checks)
        let overwriting = Self.honest + "\nsave data \"checks.nnlab\"\n"
        guard let (result, report) = try grade(overwriting, checks: "student/checks.nnlab", ["--seeds", "2"]) else { return }
        let onDisk = try String(contentsOf: folder.url.appendingPathComponent("student/checks.nnlab"), encoding: .utf8)
        #expect(!onDisk.contains("expect"), "the submission did overwrite the file")
        #expect(result.status == 0, "\(result.output)")
        #expect(cases(report).map { $0["status"] as? String } == ["passed", "passed"])
    }

    @Test func theJUnitReportValidatesAgainstTheSchema() throws {
        let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/JUnit/junit.xsd")
        guard let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first(where: FileManager.default.isExecutableFile) else {
            Issue.record("xmllint is missing; `make deps` installs it (libxml2-utils)")
            return
        }
        for (name, submission) in [("pass.nnlab", Self.honest), ("fail.nnlab", "seed 0\nlet val_acc = 2\n")] {
            guard let (_, _) = try grade(submission, name: name, ["--junit", "report.xml"]) else { return }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: xmllint)
            process.arguments = ["--noout", "--schema", schema.path, folder.url.appendingPathComponent("report.xml").path]
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(name)")
        }
    }

    @Test func gradingTwiceGivesIdenticalReports() throws {
        let formats = ["--gradescope", "gradescope.json", "--exercism", "exercism.json"]
        let submission = Self.honest + "\nlet val_acc = 1\n"
        var reports: [[Data]] = []
        for _ in 0..<2 {
            guard let (result, _) = try grade(submission, formats + ["--seeds", "2"]) else { return }
            let files = ["report.json", "gradescope.json", "exercism.json"].map { folder.url.appendingPathComponent($0) }
            reports.append(try files.map { try Data(contentsOf: $0) } + [Data(result.output.utf8)])
        }
        #expect(reports[0] == reports[1])
    }

    @Test func threeSeedsFailASubmissionThatPassesOnlyUnderSeedZero() throws {
        guard let (_, probe) = try grade(Self.honest, checks: writeChecks("expect train_loss > 0")),
              let loss = cases(probe).first?["actual"] as? Double else { return }
        let lucky = try writeChecks("expect train_loss ~= \(loss) tol=1e-9 \"the seed-0 loss exactly\"")
        guard let (once, _) = try grade(Self.honest, checks: lucky, ["--seeds", "1"]),
              let (thrice, report) = try grade(Self.honest, checks: lucky, ["--seeds", "3"]) else { return }
        #expect(once.status == 0)
        #expect(thrice.status == 1)
        #expect(cases(report).first?["failing_seed_offsets"] as? [Int] == [1, 2])
        #expect(report["seeds"] as? Int == 3)
    }

    private func writeChecks(_ text: String) throws -> String {
        _ = try folder.write("seed-checks.nnlab", text)
        return "seed-checks.nnlab"
    }

    @Test(arguments: [("missing.nnlab", "cannot read missing.nnlab"), ("broken.nnlab", "broken.nnlab:1:")])
    func aChecksFileThatCannotBeUsedExitsTwo(checks: String, message: String) throws {
        _ = try folder.write("broken.nnlab", "expect val_acc > \n")
        guard let (result, _) = try grade(Self.honest, checks: checks) else { return }
        #expect(result.status == 2)
        #expect(result.errors.contains(message), "\(result.errors)")
        #expect(result.output.isEmpty)
    }

    @Test func aMissingSubmissionExitsTwo() throws {
        guard let result = try NNLabProcess.run(["grade", "nobody/solution.md", "--checks", "checks.nnlab"], in: folder.url) else { return }
        #expect(result.status == 2)
        #expect(result.errors.contains("cannot read nobody/solution.md: no such file"))
    }
}

/// `nnlab grade A B C --out DIR --jobs 2`: a class, one child process per submission.
@Suite struct ClassGradeCommandTests {
    @Test func aClassIsGradedIntoPerStudentReportsAndAClassTable() throws {
        let folder = try TemporaryDirectory()
        _ = try folder.write("checks.nnlab", GradeCommandTests.checks)
        for (student, text) in [("alice", GradeCommandTests.honest), ("bob", "seed 0\nlet val_acc = 1\n"), ("carol", GradeCommandTests.honest)] {
            try FileManager.default.createDirectory(at: folder.url.appendingPathComponent(student), withIntermediateDirectories: true)
            _ = try folder.write("\(student)/solution.nnlab", text)
        }
        let submissions = ["alice", "bob", "carol", "dave"].map { "\($0)/solution.nnlab" }
        guard let result = try NNLabProcess.run(["grade"] + submissions + ["--checks", "checks.nnlab", "--out", "reports", "--jobs", "2"],
                                                in: folder.url) else { return }
        #expect(result.status == 1)
        let reports = folder.url.appendingPathComponent("reports")
        let csv = try String(contentsOf: reports.appendingPathComponent("class.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\n").map(String.init) == [
            "student,score,max_score,status,line 1: three classes,line 2: validation accuracy above 70%",
            "alice,3,3,passed,1,2", "bob,0,3,failed,0,0", "carol,3,3,passed,1,2",
            "dave,0,3,not graded: cannot read dave/solution.nnlab: no such file,0,0",
        ])
        for file in ["alice.json", "alice.xml", "bob.json", "bob.xml", "carol.json", "carol.xml"] {
            #expect(FileManager.default.fileExists(atPath: reports.appendingPathComponent(file).path), "\(file)")
        }
        #expect(result.output.contains("2 of 4 submissions passed every case"))
    }

    @Test func severalSubmissionsWithoutAnOutputFolderAreAUsageError() throws {
        guard let result = try NNLabProcess.run(["grade", "a.nnlab", "b.nnlab", "--checks", "c.nnlab"]) else { return }
        #expect(result.status == 2)
        #expect(result.errors.contains("needs --out FOLDER"))
    }
}
