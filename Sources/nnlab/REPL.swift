import NNLang
import NNLessons

/// The interactive prompt: reads a command (joining lines that end in `\`), runs it
/// through the interpreter and prints its output. Errors are printed and the session
/// goes on; Ctrl-D (or the end of piped input) ends it with exit code 0. `:save FILE`
/// writes the session so far as a Markdown notebook that `nnlab run` reproduces.
struct REPL {
    /// Where entries come from.
    var reader: EntryReader
    /// Whether a person is typing (stdin is a terminal): banner and line numbers per entry.
    var isInteractive: Bool

    /// Runs until the end of input; returns the exit code.
    mutating func run() -> Int32 {
        let interpreter = Interpreter()
        let progress = ProgressBar()
        let printer = SessionPrinter(echoesCommands: false, isTranscript: false, progress: progress)
        interpreter.onProgress = { progress.update($0) }
        interpreter.onLiveRun = { progress.watch($0) }
        interpreter.isInterrupted = { InterruptSignal.isRequested || StandardStream.outputHasFailed }
        interpreter.isStopped = { StandardStream.outputHasFailed }
        var lineNumber = 1
        var notebook = Notebook(title: "nnlab session")
        while true {
            switch reader.next(isInteractive: isInteractive) {
            case .stop(let status):
                return status
            case .entry(let text, let lineCount):
                if Self.isQuit(text) { return 0 }
                if let key = SessionKey(text) {
                    key.perform(notebook: notebook)
                    continue
                }
                let source = SourceFile(name: isInteractive ? "<prompt>" : "<stdin>", text: text,
                                        firstLine: isInteractive ? 1 : lineNumber)
                lineNumber += lineCount
                InterruptSignal.whileRunningCommand {
                    _ = interpreter.run(source) { statement in
                        printer.print(statement, source: source, display: interpreter.state.display)
                        notebook.record(statement, source: source, display: interpreter.state.display, entry: text)
                    }
                }
                progress.clear()
                if StandardStream.outputHasFailed { return 2 }
            }
        }
    }

    /// `quit` or `exit` alone on a line leaves the prompt, as Ctrl-D does.
    static func isQuit(_ text: String) -> Bool {
        let word = text.split(whereSeparator: \.isWhitespace)
        return word.count == 1 && (word[0] == "quit" || word[0] == "exit")
    }
}
