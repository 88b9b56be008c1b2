import NNLang

/// The interactive prompt: reads a command (joining lines that end in `\`), runs it
/// through the interpreter and prints its output. Errors are printed and the session
/// goes on; Ctrl-D (or the end of piped input) ends it with exit code 0.
struct REPL {
    /// Where lines come from.
    var lines: any LineSource
    /// Whether a person is typing (stdin is a terminal): banner and line numbers per entry.
    var isInteractive: Bool

    /// Runs until the end of input; returns the exit code.
    mutating func run() -> Int32 {
        let interpreter = Interpreter()
        let progress = ProgressBar()
        let printer = SessionPrinter(echoesCommands: false, isTranscript: false, progress: progress)
        interpreter.onProgress = { progress.update($0) }
        interpreter.isInterrupted = { InterruptSignal.isRequested || StandardStream.outputHasFailed }
        interpreter.isStopped = { StandardStream.outputHasFailed }
        var lineNumber = 1
        while true {
            switch readEntry() {
            case .end:
                if isInteractive { StandardStream.output.write("\n") }
                return 0
            case .interrupted:
                if !isInteractive { return 130 }
            case .failed(let message):
                StandardStream.error.writeLine(message)
                return 2
            case .entry(let text, let lineCount):
                if Self.isQuit(text) { return 0 }
                let source = SourceFile(name: isInteractive ? "<prompt>" : "<stdin>", text: text,
                                        firstLine: isInteractive ? 1 : lineNumber)
                lineNumber += lineCount
                InterruptSignal.whileRunningCommand {
                    _ = interpreter.run(source) { statement in
                        printer.print(statement, source: source, display: interpreter.state.display)
                    }
                }
                progress.clear()
                if StandardStream.outputHasFailed { return 2 }
            }
        }
    }

    /// One entry: a line, or lines joined while they end in `\`.
    private enum Entry {
        case entry(String, lineCount: Int)
        case interrupted
        case failed(String)
        case end
    }

    private mutating func readEntry() -> Entry {
        var parts: [String] = []
        while true {
            switch lines.readLine(prompt: parts.isEmpty ? Prompt.primary : Prompt.continuation) {
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

    /// `quit` or `exit` alone on a line leaves the prompt, as Ctrl-D does.
    static func isQuit(_ text: String) -> Bool {
        let word = text.split(whereSeparator: \.isWhitespace)
        return word.count == 1 && (word[0] == "quit" || word[0] == "exit")
    }
}
