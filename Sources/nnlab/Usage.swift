import NNLab
import NNLang

/// The executable's own words: version, banner, the part of `--help` the parser cannot
/// derive, and advice for arguments it does not know.
enum Usage {
    /// The version printed by `--version` and the banner.
    static let version = "0.1.0"

    /// The banner shown when the interactive prompt starts.
    static let banner = "nnlab \(version): a neural-network lab. Type 'help' for commands, Ctrl-D to quit."

    /// The end of `nnlab --help`.
    static let discussion = """
        With no subcommand, nnlab starts the interactive prompt (plain lines when standard input is a pipe).
        Lessons: 'nnlab lessons' lists them with your progress, 'nnlab lesson 01' steps through the first.
        Keys at the prompt: Tab completes commands, options, their values, names and "paths", Ctrl-C clears the line or stops \
        training, Ctrl-D quits, Up/Down browse the history (~/.nnlab_history); :help lists the : keys.
        Colour: on a terminal unless NO_COLOR is set; FORCE_COLOR forces it; TERM=dumb plots in ASCII.
        Threads: NNLAB_THREADS=N fixes the BLAS threads of matrix products (auto, the default: one below \
        2M multiply-adds a product, one per core above); 'set threads=' overrides it in a session.
        Usage errors exit with status 2.
        """

    /// The warning for an `NNLAB_THREADS` that is neither `auto` nor a count; nil when fine or unset.
    static var threadsWarning: String? {
        guard let text = Terminal.variable("NNLAB_THREADS"), ThreadPolicy(parsing: text) == nil else { return nil }
        return "nnlab: NNLAB_THREADS=\(text) is neither 'auto' nor a whole number from 1 to 256; using auto"
    }

    /// What to say about a word the command line does not take.
    static func advice(forUnexpected argument: String) -> String {
        if argument.hasSuffix(".md") {
            return "to step through a lesson, use 'nnlab lesson \(argument)'; to run it as a script, use 'nnlab run \(argument)'"
        }
        if argument.hasSuffix(".nnlab") {
            return "to run a file, use 'nnlab run \(argument)'"
        }
        var message = "unknown subcommand '\(argument)'"
        let subcommands = NNLabCommand.configuration.subcommands.compactMap { subcommand in
            subcommand.configuration.shouldDisplay ? subcommand.configuration.commandName : nil
        }
        if let nearest = NameSuggester.suggestion(for: argument, among: subcommands) {
            message += " (did you mean '\(nearest)'?)"
        }
        return message
    }
}
