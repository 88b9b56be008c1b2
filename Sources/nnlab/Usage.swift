import NNLang

/// The executable's own help: version, usage, exit codes, keys.
enum Usage {
    /// The version printed by `--version` and the banner.
    static let version = "0.1.0"

    /// The banner shown when the interactive prompt starts.
    static let banner = "nnlab \(version): a neural-network lab. Type 'help' for commands, Ctrl-D to quit."

    /// `nnlab --help`: how to call the executable.
    static let text = """
        usage: nnlab                 start the interactive prompt (reads plain lines from a pipe)
               nnlab run FILE        run a script (.nnlab) or a Markdown lesson (.md), print its transcript
               nnlab help [COMMAND]  this help, or one command's options and defaults
               nnlab --version       print the version

        exit codes of 'nnlab run': 0 every expect passed, 1 an expect failed, 2 an error
        keys at the prompt: Tab completes commands and key= options, Ctrl-C clears the line
        or stops training, Ctrl-D quits, Up/Down browse the history (~/.nnlab_history)
        colour: on a terminal unless NO_COLOR is set; FORCE_COLOR forces it; TERM=dumb plots in ASCII
        """
}
