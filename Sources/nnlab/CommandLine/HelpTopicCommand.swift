import ArgumentParser
import NNLang

/// `nnlab help [TOPIC]`: the overview, a command of the language (`help train`), or a
/// subcommand of the executable (`help run`).
struct HelpTopicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "help",
        abstract: "Show the overview, one command of the language (help train) or a subcommand (help run)."
    )

    @ArgumentParser.Argument(help: ArgumentHelp("A command of the language or a subcommand of nnlab.", valueName: "topic"))
    var topic: String?

    func run() throws {
        guard let topic else { return HelpPrinter().printOverview() }
        if let subcommand = NNLabCommand.configuration.subcommands.first(where: { $0.configuration.commandName == topic }) {
            return StandardStream.output.write(NNLabCommand.helpMessage(for: subcommand) + "\n")
        }
        let status = HelpPrinter().printCommand(topic)
        if status != 0 { throw ExitCode(status) }
    }
}

/// `nnlab version` (also `--version` and `-V`).
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print the version.",
                                                    shouldDisplay: false)

    func run() {
        StandardStream.output.writeLine("nnlab \(Usage.version)")
    }
}
