/// Reads what the learner enters at a prompt: a line, or lines joined while they end
/// in `\`, remembered in the history as one entry.
struct EntryReader {
    /// What reading gave.
    private enum Entry {
        case entry(String, lineCount: Int)
        case interrupted
        case failed(String)
        case end
    }

    /// Where lines come from.
    var lines: any LineSource

    /// Reads one entry after `prompt`; `editing` is put on the first line for the user to edit.
    private mutating func read(prompt: String, editing initial: String?) -> Entry {
        var parts: [String] = []
        while true {
            let line: InputLine
            if parts.isEmpty, let initial {
                line = lines.readLine(prompt: prompt, editing: initial)
            } else {
                line = lines.readLine(prompt: parts.isEmpty ? prompt : Prompt.continuation(after: prompt))
            }
            switch line {
            case .end:
                return parts.isEmpty ? .end : finish(parts)
            case .interrupted:
                return .interrupted
            case .failed(let message):
                return .failed(message)
            case .line(let line):
                parts.append(line)
                if !line.hasSuffix("\\") { return finish(parts) }
            }
        }
    }

    /// What a conversation does next: handle an entry, or stop with an exit code.
    enum Next {
        case entry(String, lineCount: Int)
        case stop(Int32)
    }

    /// Reads until there is an entry, or the conversation ends: at the end of input (0,
    /// after a newline at a terminal), when reading fails (2, with the message on standard
    /// error), or on Ctrl-C in a pipe (130); Ctrl-C at a terminal only clears the line.
    mutating func next(prompt: String, editing initial: String? = nil, isInteractive: Bool) -> Next {
        while true {
            switch read(prompt: prompt, editing: initial) {
            case .end:
                if isInteractive { StandardStream.output.write("\n") }
                return .stop(0)
            case .interrupted:
                if !isInteractive { return .stop(130) }
            case .failed(let message):
                StandardStream.error.writeLine(message)
                return .stop(2)
            case .entry(let text, let lineCount):
                return .entry(text, lineCount: lineCount)
            }
        }
    }

    private mutating func finish(_ parts: [String]) -> Entry {
        let text = parts.joined(separator: "\n")
        lines.remember(text)
        return .entry(text, lineCount: parts.count)
    }
}
