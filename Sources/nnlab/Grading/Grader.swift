@preconcurrency import Glibc
import Foundation
import NNLang
import NNLessons

/// Everything `nnlab grade` does between reading its arguments and writing reports:
/// reads and checks both files, then runs one child process per seed offset.
struct Grader {
    let submissionPath: String
    let checks: ChecksFile
    let settings: GradeSettings
    /// Absolute paths the child is given (it works in the submission's folder).
    let absoluteSubmission: String
    let absoluteChecks: String
    let folder: String

    /// Reads both files; throws `LoadFailure` or `GradeSetupError` when grading cannot start.
    init(submission: String, checks checksPath: String, timeLimit: Double, memoryLimit: Int, seeds: Int) throws {
        let loader = SourceLoader()
        if loader.isMarkdown(checksPath) {
            throw GradeSetupError("\(checksPath) is Markdown; a checks file is a script of expects (.nnlab)")
        }
        checks = try ChecksFile(try loader.file(checksPath))
        let source = try loader.file(submission)
        _ = try Submission(name: source.name, text: source.text, isLesson: loader.isMarkdown(submission))
        submissionPath = submission
        absoluteSubmission = Self.absolute(submission)
        absoluteChecks = Self.absolute(checksPath)
        folder = URL(fileURLWithPath: absoluteSubmission).deletingLastPathComponent().path
        settings = GradeSettings(nnlabVersion: Usage.version, submission: submission, checks: checksPath, seeds: seeds,
                                 timeLimit: timeLimit, memoryLimit: memoryLimit, machine: Self.machine)
    }

    /// Runs the child once per seed offset and combines what they reported.
    func grade() -> (GradeReport, GradeTiming) {
        let start = ContinuousClock.now
        let timestamp = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!,
                                                    formatOptions: [.withInternetDateTime])
        let runs = (0..<UInt64(settings.seeds)).map { offset in
            ChildSupervisor(executable: Self.executable, arguments: [
                "grade-child", "--submission", absoluteSubmission, "--checks", absoluteChecks, "--folder", folder,
                "--seed-offset", String(offset), "--memory-limit", String(settings.memoryLimit),
            ], timeLimit: settings.timeLimit, memoryLimit: settings.memoryLimit).run(offset: offset)
        }
        let elapsed = start.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return (GradeReport(checks: checks, runs: runs, settings: settings), GradeTiming(timestamp: timestamp, seconds: seconds))
    }

    /// This executable, as the kernel knows it.
    static var executable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// `Linux x86_64 (hostname)`.
    static var machine: String {
        var names = utsname()
        uname(&names)
        let field = { (value: Any) -> String in
            withUnsafeBytes(of: value) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        }
        return "\(field(names.sysname)) \(field(names.machine)) (\(field(names.nodename)))"
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
