@preconcurrency import Glibc
import Foundation
import NNLang
import NNLessons

/// Everything `nnlab grade` does for one submission between reading its arguments and
/// writing reports: one child process per seed offset, their events combined.
struct Grader: Sendable {
    let checks: ChecksFile
    let checksPath: String
    let timeLimit: Double
    let memoryLimit: Int
    let seeds: Int

    /// Reads the checks file; throws `LoadFailure` or `GradeSetupError` when grading cannot start.
    init(checks checksPath: String, timeLimit: Double, memoryLimit: Int, seeds: Int) throws {
        let loader = SourceLoader()
        if loader.isMarkdown(checksPath) {
            throw GradeSetupError("\(checksPath) is Markdown; a checks file is a script of expects (.nnlab)")
        }
        checks = try ChecksFile(try loader.file(checksPath))
        self.checksPath = checksPath
        self.timeLimit = timeLimit
        self.memoryLimit = memoryLimit
        self.seeds = seeds
    }

    /// Grades one submission; throws `LoadFailure` or `GradeSetupError` when it cannot be
    /// read, `GradeSetupError` when the checks cannot be handed to the child.
    func grade(_ submission: String) throws -> (GradeReport, GradeTiming) {
        let loader = SourceLoader()
        let source = try loader.file(submission)
        let settings = GradeSettings(nnlabVersion: Usage.version, submission: submission, checks: checksPath, seeds: seeds,
                                     timeLimit: timeLimit, memoryLimit: memoryLimit, machine: Self.machine)
        let start = ContinuousClock.now
        let timestamp = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!,
                                                    formatOptions: [.withInternetDateTime])
        do {
            _ = try Submission(name: source.name, text: source.text, isLesson: loader.isMarkdown(submission))
        } catch {
            // The learner's file is at fault, not the grader: every case fails with the reason, in every report.
            guard let (line, message) = error.malformedLesson else { throw error }
            let run = SeedRun(offset: 0, events: [.submissionError(line: line, message: message)],
                              end: .unreadable("line \(line): \(message)"))
            return (GradeReport(checks: checks, runs: [run], settings: settings), GradeTiming(timestamp: timestamp, seconds: 0))
        }
        let absoluteSubmission = Self.absolute(submission)
        let folder = URL(fileURLWithPath: absoluteSubmission).deletingLastPathComponent().path
        let snapshot = try ChecksSnapshot(checks.source.text)
        defer { snapshot.remove() }
        let runs = (0..<UInt64(seeds)).map { offset in
            ChildSupervisor(executable: Self.executable, arguments: [
                "grade-child", "--submission", absoluteSubmission, "--checks", snapshot.path, "--folder", folder,
                "--seed-offset", String(offset), "--memory-limit", String(memoryLimit),
            ], timeLimit: timeLimit, memoryLimit: memoryLimit).run(offset: offset)
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

/// The checks as the grader read them, in a private temporary file every run of one
/// submission reads: a submission that writes into its folder, where the instructor's
/// checks file may be, cannot change the checks of the runs after it.
struct ChecksSnapshot {
    let path: String

    init(_ text: String) throws {
        var template = Array((FileManager.default.temporaryDirectory.path + "/nnlab-checks-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw GradeSetupError("cannot create a temporary file for the checks: \(String(cString: strerror(errno)))") }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == bytes.count else {
            remove()
            throw GradeSetupError("cannot write the checks to \(path)")
        }
    }

    func remove() { unlink(path) }
}
