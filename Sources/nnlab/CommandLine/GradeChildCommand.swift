@preconcurrency import Glibc
import ArgumentParser
import NNLang
import NNLessons

/// `nnlab grade-child`: the process `nnlab grade` starts for one run of a submission.
/// It bounds its own address space, confines files to its working folder, runs the
/// submission and the checks and writes each `GradeEvent` on descriptor 3 as it goes.
struct GradeChildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade-child", abstract: "One run of a submission for nnlab grade (internal).", shouldDisplay: false)

    /// Address space beyond the memory limit that the runtime and BLAS reserve without using.
    static let addressSpaceHeadroom = 1024

    @Option(help: "The submission's absolute path.") var submission: String
    @Option(help: "The checks, as the grader read them.") var checks: String
    @Option(help: "The submission's folder: the working folder, and the only one files may be used in.") var folder: String
    @Option(help: "Added to every seed the submission and the checks set.") var seedOffset: UInt64 = 0
    @Option(help: "MB the grader allows; the address space is capped at that plus the headroom.") var memoryLimit: Int

    func run() throws {
        var limit = rlimit(rlim_cur: rlim_t(memoryLimit + Self.addressSpaceHeadroom) << 20,
                           rlim_max: rlim_t(memoryLimit + Self.addressSpaceHeadroom) << 20)
        setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
        let loader = SourceLoader()
        let checksFile: ChecksFile, submitted: Submission
        do {
            checksFile = try ChecksFile(try loader.file(checks))
            let source = try loader.file(submission)
            submitted = try Submission(name: source.name, text: source.text, isLesson: loader.isMarkdown(submission))
        } catch {
            StandardStream.error.writeLine(GradeCommand.message(for: error))
            throw ExitCode(2)
        }
        guard chdir(folder) == 0, let access = FileAccess.confined(to: folder) else {
            StandardStream.error.writeLine("nnlab: cannot enter the submission's folder \(folder)")
            throw ExitCode(2)
        }
        let events = StandardStream(descriptor: 3)
        SubmissionRun(submission: submitted, checks: checksFile, seedOffset: seedOffset, fileAccess: access).run { event in
            events.writeLine(event.jsonLine)
        }
    }
}
