@preconcurrency import Glibc
import ArgumentParser
import Foundation
import NNLab
import NNLang
import NNLessons

/// `nnlab grade SUBMISSION --checks CHECKS`: runs the submission and then the checks in
/// child processes bounded in time and memory, and reports every case (see `Grader`);
/// with `--out`, a whole class (see `ClassGrading`).
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade a submission (script or lesson) with a checks file of expects; write CI and LMS reports.",
        discussion: """
            The submission runs in a child process killed at --time-limit (wall clock, each run) and at \
            --memory-limit; it may read and write files only inside its own folder. Then CHECKS runs in \
            the same session: each of its expects is a case worth its points= (the submission's own \
            expects score nothing). With --seeds N everything runs N times, each `seed k` becoming \
            `seed k+offset`, and a case passes only if it passes under every offset. \
            Exit codes: 0 every case passed, 1 a case did not, 2 the grader could not run.
            """
    )

    @ArgumentParser.Argument(help: ArgumentHelp("The submission: a script (.nnlab) or a lesson with its holes filled (.md); several with --out.",
                                                valueName: "submission"),
                             completion: .file(extensions: ["nnlab", "md", "markdown"]))
    var submissions: [String]

    @Option(help: ArgumentHelp("The checks file (.nnlab): expects with points= and a message.", valueName: "file"),
            completion: .file(extensions: ["nnlab"]))
    var checks: String

    @Option(help: ArgumentHelp("Write a JUnit XML report.", valueName: "file"))
    var junit: String?

    @Option(help: ArgumentHelp("Write a JSON report.", valueName: "file"))
    var json: String?

    @Option(help: ArgumentHelp("Write Gradescope's results.json.", valueName: "file"))
    var gradescope: String?

    @Option(help: ArgumentHelp("Write Exercism's results.json (version 3).", valueName: "file"))
    var exercism: String?

    @Flag(help: "Print TAP version 14 instead of the summary table.")
    var tap = false

    @Option(help: ArgumentHelp("Wall-clock seconds each run may take (0.1-86400).", valueName: "seconds"))
    var timeLimit = 60.0

    @Option(help: ArgumentHelp("Resident memory each run may use, in MB (16-1048576).", valueName: "mb"))
    var memoryLimit = 2048

    @Option(help: ArgumentHelp("Seed offsets to run under; a case passes only under every one (1-100).", valueName: "n"))
    var seeds = 1

    @Option(help: ArgumentHelp("Grade a class: write each student's JSON and JUnit reports and class.csv into this folder.",
                               valueName: "folder"))
    var out: String?

    @Option(help: ArgumentHelp("With --out, how many submissions to grade at once (1-64).", valueName: "n"))
    var jobs = 1

    func validate() throws {
        guard !submissions.isEmpty else { throw ValidationError("give the submission to grade") }
        guard (1...64).contains(jobs) else { throw ValidationError("--jobs must be from 1 to 64 (got \(jobs))") }
        if out == nil, submissions.count > 1 {
            throw ValidationError("grading \(submissions.count) submissions needs --out FOLDER for their reports and the class table")
        }
        if out != nil, junit != nil || json != nil || gradescope != nil || exercism != nil || tap {
            throw ValidationError("--out writes every student's reports; --junit, --json, --gradescope, --exercism and --tap are for one submission")
        }
        guard timeLimit >= 0.1, timeLimit <= 86400 else { throw ValidationError("--time-limit must be from 0.1 to 86400 seconds (got \(timeLimit))") }
        guard (16...1_048_576).contains(memoryLimit) else { throw ValidationError("--memory-limit must be from 16 to 1048576 MB (got \(memoryLimit))") }
        guard (1...100).contains(seeds) else { throw ValidationError("--seeds must be from 1 to 100 (got \(seeds))") }
    }

    func run() throws {
        let grader: Grader
        do {
            grader = try Grader(checks: checks, timeLimit: timeLimit, memoryLimit: memoryLimit, seeds: seeds)
        } catch {
            StandardStream.error.writeLine(Self.message(for: error))
            throw ExitCode(2)
        }
        if let out { return try gradeClass(grader, into: out) }
        let (report, timing): (GradeReport, GradeTiming)
        do {
            (report, timing) = try grader.grade(submissions[0])
        } catch {
            StandardStream.error.writeLine(Self.message(for: error))
            throw ExitCode(2)
        }
        let outputs: [(String?, () -> String)] = [
            (junit, { report.junit(timing: timing) }), (json, { report.json }),
            (gradescope, { report.gradescope }), (exercism, { report.exercism }),
        ]
        for case let (path?, text) in outputs {
            do {
                try AtomicFile.write(text(), to: path)
            } catch {
                StandardStream.error.writeLine("nnlab: cannot write the report \(path): \(error)")
                throw ExitCode(2)
            }
        }
        StandardStream.output.write(tap ? report.tap : report.summaryTable)
        throw ExitCode(report.passed ? 0 : 1)
    }

    private func gradeClass(_ grader: Grader, into folder: String) throws {
        let table: ClassTable
        do {
            table = try ClassGrading(grader: grader, submissions: submissions, folder: folder, jobs: jobs).run()
        } catch {
            StandardStream.error.writeLine("nnlab: cannot write the reports into \(folder): \(error)")
            throw ExitCode(2)
        }
        StandardStream.output.write(table.summary)
        throw ExitCode(table.rows.allSatisfy { $0.report?.passed == true } ? 0 : 1)
    }

    /// The message for an error that keeps the grader from running.
    static func message(for error: any Error) -> String {
        switch error {
        case let failure as LoadFailure: failure.message
        case let setup as GradeSetupError: "nnlab: " + setup.description
        default: "nnlab: \(error)"
        }
    }
}
