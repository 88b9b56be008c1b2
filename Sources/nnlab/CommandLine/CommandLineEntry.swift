import Foundation
import ArgumentParser

/// Parses the arguments, runs the chosen command and turns every outcome into an exit
/// code: help and version on standard output (0), usage errors on standard error (2),
/// a command's own status as it returned it, and 2 (with a message on standard error)
/// whenever writing standard output failed, whatever the command returned.
enum CommandLineEntry {
    static func run(_ arguments: [String]) -> Int32 {
        InterruptSignal.installCleanup()
        if let warning = Usage.threadsWarning { StandardStream.error.writeLine(warning) }
        let status = runCommand(arguments)
        guard let failure = StandardStream.outputFailureMessage else { return status }
        StandardStream.error.writeLine(failure)
        return 2
    }

    private static func runCommand(_ arguments: [String]) -> Int32 {
        do {
            var arguments = arguments
            if let first = arguments.first, !first.hasPrefix("-"), !NNLabCommand.subcommandNames.contains(first) {
                // `nnlab lessons/03-overfit.md` opens the lesson, as `nnlab lesson` does.
                guard isLessonFile(first) else { throw ValidationError(Usage.advice(forUnexpected: first)) }
                arguments.insert("lesson", at: 0)
            }
            var command = try NNLabCommand.parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let status as ExitCode {
            return status.rawValue
        } catch {
            let message = NNLabCommand.fullMessage(for: error)
            guard NNLabCommand.exitCode(for: error) != .success else {
                StandardStream.output.writeLine(message)
                return 0
            }
            StandardStream.error.writeLine("nnlab: " + message.replacingPrefix("Error: ", with: ""))
            return 2
        }
    }
}

/// Whether `argument` names a Markdown file that exists.
private func isLessonFile(_ argument: String) -> Bool {
    var isDirectory: ObjCBool = false
    return (argument.hasSuffix(".md") || argument.hasSuffix(".markdown"))
        && FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) && !isDirectory.boolValue
}

extension NNLabCommand {
    /// The names of the subcommands, hidden ones included.
    static var subcommandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName }
    }
}

private extension String {
    func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
