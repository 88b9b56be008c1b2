/// What the command line asks for.
enum Invocation: Equatable {
    /// `nnlab`: the interactive prompt (or plain lines from a pipe).
    case interactive
    /// `nnlab run FILE`: a script or Markdown lesson, printed as a transcript.
    case run(path: String)
    /// `nnlab help [COMMAND]`, `nnlab --help`.
    case help(topic: String?)
    /// `nnlab --version`.
    case version
    /// `nnlab --complete LINE`: the tab completions of a line, one a line (for shells and tests).
    case complete(line: String)
    /// Arguments that make no sense, with what to say.
    case usageError(String)

    /// Reads the arguments (without the program name).
    static func parse(_ arguments: [String]) -> Invocation {
        guard let first = arguments.first else { return .interactive }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "-h", "--help":
            return rest.isEmpty ? .help(topic: nil) : .usageError("--help takes no arguments; try 'nnlab help \(rest[0])'")
        case "help":
            return rest.count <= 1 ? .help(topic: rest.first) : .usageError("'help' takes at most one command name")
        case "-V", "--version", "version":
            return rest.isEmpty ? .version : .usageError("\(first) takes no arguments")
        case "--complete":
            return rest.count == 1 ? .complete(line: rest[0]) : .usageError("--complete takes one line of text")
        case "run":
            return parseRun(rest)
        default:
            return .usageError(unknown(first))
        }
    }

    private static func parseRun(_ arguments: [String]) -> Invocation {
        var files = arguments
        if files.first == "--" {
            files.removeFirst()
        } else if let option = files.first(where: { $0.hasPrefix("-") && $0 != "-" }) {
            if option == "-h" || option == "--help" { return .help(topic: nil) }
            return .usageError("'run' has no option '\(option)'")
        }
        switch files.count {
        case 1: return .run(path: files[0])
        case 0: return .usageError("'run' needs a file: nnlab run FILE")
        default: return .usageError("'run' takes one file, got \(files.count)")
        }
    }

    private static func unknown(_ argument: String) -> String {
        if argument.hasPrefix("-") { return "unknown option '\(argument)'" }
        if argument.hasSuffix(".nnlab") || argument.hasSuffix(".md") {
            return "to run a file, use 'nnlab run \(argument)'"
        }
        return "unknown command '\(argument)'"
    }
}
