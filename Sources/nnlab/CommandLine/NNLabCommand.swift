import ArgumentParser
import NNLang

/// `nnlab`: with no subcommand, the interactive prompt (or plain lines from a pipe).
struct NNLabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nnlab",
        abstract: "A neural-network lab: type commands, see a text plot after each one.",
        discussion: Usage.discussion,
        version: "nnlab \(Usage.version)",
        subcommands: [RunCommand.self, MergeCommand.self, LessonCommand.self, LessonsCommand.self, LessonCheckCommand.self, GradeCommand.self,
                      HelpTopicCommand.self, VersionCommand.self, GradeChildCommand.self]
    )

    @Flag(name: .customShort("V"), help: ArgumentHelp("Print the version.", visibility: .hidden))
    var showsVersion = false

    @Option(name: .customLong("complete"),
            help: ArgumentHelp("Print the tab completions of a line of the language, one a line.", valueName: "line"))
    var completionLine: String?

    func run() throws {
        if showsVersion { return VersionCommand().run() }
        if let line = completionLine { return printCompletions(of: line) }
        throw ExitCode(InteractiveSession.run())
    }

    private func printCompletions(of line: String) {
        let completion = CompletionCandidates(line: line, keys: SessionKey.names)
        StandardStream.output.write(completion.candidates.map { $0 + "\n" }.joined())
    }
}
