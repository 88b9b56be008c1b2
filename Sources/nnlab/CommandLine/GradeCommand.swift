@preconcurrency import Glibc
import ArgumentParser
import Foundation
import NNLab
import NNLang
import NNLessons

/// `nnlab grade SUBMISSION --checks CHECKS`: runs the submission and then the checks in
/// child processes bounded in time and memory, and reports every case (see `Grader`).
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

    @ArgumentParser.Argument(help: ArgumentHelp("The submission: a script (.nnlab) or a lesson with its holes filled (.md).",
                                                valueName: "submission"),
                             completion: .file(extensions: ["nnlab", "md", "markdown"]))
    var submission: String

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

    func validate() throws {
        guard timeLimit >= 0.1, timeLimit <= 86400 else { throw ValidationError("--time-limit must be from 0.1 to 86400 seconds (got \(timeLimit))") }
        guard (16...1_048_576).contains(memoryLimit) else { throw ValidationError("--memory-limit must be from 16 to 1048576 MB (got \(memoryLimit))") }
        guard (1...100).contains(seeds) else { throw ValidationError("--seeds must be from 1 to 100 (got \(seeds))") }
    }

    func run() throws {
        let grader: Grader
        do {
            grader = try Grader(submission: submission, checks: checks, timeLimit: timeLimit, memoryLimit: memoryLimit, seeds: seeds)
        } catch {
            StandardStream.error.writeLine(Self.message(for: error))
            throw ExitCode(2)
        }
        let (report, timing) = grader.grade()
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

    /// The message for an error that keeps the grader from running.
    static func message(for error: any Error) -> String {
        switch error {
        case let failure as LoadFailure: failure.message
        case let setup as GradeSetupError: "nnlab: " + setup.description
        default: "nnlab: \(error)"
        }
    }
}
