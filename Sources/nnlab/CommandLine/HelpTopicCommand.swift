import ArgumentParser
import NNLang

/// `nnlab help [TOPIC]`: the overview, a command of the language (`help train`), or a
/// subcommand of the executable (`help run`).
struct HelpTopicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "help",
        abstract: "Show the overview, one command of the language (help train) or a subcommand (help run)."
    )

    @ArgumentParser.Argument(help: ArgumentHelp("A command of the language or a subcommand of nnlab; 'check loss' "
                                                + "names the language's command where a subcommand shares its name.",
                                                valueName: "topic"))
    var topic: [String] = []

    /// A second word is taken only as a word of the language's command (`check loss`), never ignored.
    func validate() throws {
        guard topic.count > 1 else { return }
        guard topic.count == 2, Schema.command(named: topic[0])?.variant(topic[1]) != nil else {
            throw ValidationError("help takes one topic, or a command of the language and one of its words (help check loss)")
        }
    }

    func run() throws {
        guard let name = topic.first else { return HelpPrinter().printOverview() }
        if topic.count == 1, let subcommand = NNLabCommand.configuration.subcommands.first(where: { $0.configuration.commandName == name }) {
            StandardStream.output.write(NNLabCommand.helpMessage(for: subcommand) + "\n")
            if let words = Schema.command(named: name)?.variants.map(\.word), let word = words.first {
                StandardStream.output.writeLine("'\(name)' is also a command of the language (\(name) \(words.joined(separator: ", \(name) "))): "
                                                + "nnlab help \(name) \(word) shows it")
            }
            return
        }
        let status = HelpPrinter().printCommand(name)
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
