/// Reads what the learner enters at a prompt: a line, or lines joined while they end
/// in `\`, remembered in the history as one entry.
struct EntryReader {
    /// What reading gave.
    enum Entry {
        case entry(String, lineCount: Int)
        case interrupted
        case failed(String)
        case end
    }

    /// Where lines come from.
    var lines: any LineSource

    /// Reads one entry after `prompt`; `editing` is put on the first line for the user to edit.
    mutating func read(prompt: String = Prompt.primary, editing initial: String? = nil) -> Entry {
        var parts: [String] = []
        while true {
            let line: InputLine
            if parts.isEmpty, let initial {
                line = lines.readLine(prompt: prompt, editing: initial)
            } else {
                line = lines.readLine(prompt: parts.isEmpty ? prompt : Prompt.continuation)
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

    private mutating func finish(_ parts: [String]) -> Entry {
        let text = parts.joined(separator: "\n")
        lines.remember(text)
        return .entry(text, lineCount: parts.count)
    }
}
