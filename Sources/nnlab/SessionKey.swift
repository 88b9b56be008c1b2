import NNLessons

/// A line of the plain prompt that starts with `:`: a key for the prompt itself, not a
/// command of the language. The lesson prompt has its own keys (`LessonStepper.keysHelp`);
/// `:help`, `:save FILE` and `:quit` mean the same at both.
struct SessionKey {
    /// What a key asks for.
    enum Action: Equatable {
        case help
        case history
        case reset
        case save(path: String)
        case quit
        /// A key that does not work here; the message says which do.
        case refused(String)
    }

    /// The keys with what they do, for `:help`.
    static let all: [(key: String, meaning: String)] = [
        (":help", "lists these keys"),
        (":history", "lists this session's entries with their numbers"),
        (":reset", "a fresh session as at start-up: seed 0 with fresh random streams, no data, model, variables or "
            + "results, default settings (the entry numbers go on)"),
        (":save FILE", "writes the session since start-up (or :reset) as a Markdown notebook that `nnlab run FILE` replays"),
        (":quit", "leaves, as quit, exit and Ctrl-D do"),
    ]

    /// The keys without the colon, for Tab.
    static var names: [String] { all.map { String($0.key.dropFirst().prefix { $0 != " " }) } }

    /// The line, without surrounding spaces.
    let text: String

    /// The key on a line, nil when the line is a command.
    init?(_ line: String) {
        let text = line.trimmingTrailingSpaces().drop { $0 == " " || $0 == "\t" }
        guard text.hasPrefix(":") else { return nil }
        self.text = String(text)
    }

    /// What the key asks for.
    var action: Action {
        let parts = text.split(separator: " ", maxSplits: 1)
        let argument = parts.count == 2 ? String(parts[1].drop { $0 == " " }) : ""
        switch parts[0] {
        case ":help": return .help
        case ":history": return .history
        case ":reset": return .reset
        case ":quit", ":q": return .quit
        case ":save":
            return argument.allSatisfy(\.isWhitespace) ? .refused("give a file name: :save notes.md") : .save(path: argument)
        case ":back", ":hint", ":skip", ":restart", ":where":
            return .refused("\(parts[0]) works in a lesson (nnlab lesson 01); here the keys are " + Self.list)
        default:
            return .refused("unknown key '\(parts[0])'; the keys here are " + Self.list)
        }
    }

    /// `:help, :history, …`
    private static var list: String { all.map(\.key).joined(separator: ", ") }

    /// What `:help` prints.
    static var help: String {
        let width = all.map(\.key.count).max() ?? 0
        return all.map { $0.key + String(repeating: " ", count: width - $0.key.count + 2) + $0.meaning }
            .joined(separator: "\n")
    }
}
