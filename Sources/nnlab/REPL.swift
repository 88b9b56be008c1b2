import NNLang
import NNLessons

/// The interactive prompt: reads a command (joining lines that end in `\`), runs it
/// through the interpreter and prints its output. Errors are printed and the session
/// goes on; Ctrl-D (or the end of piped input) ends it with exit code 0. Each entry run
/// is numbered (`[3] nnlab> `); the `:` keys (`SessionKey`) list them, start a fresh
/// session or save it as a Markdown notebook that `nnlab run` reproduces.
struct REPL {
    /// Where entries come from.
    var reader: EntryReader
    /// Whether a person is typing (stdin is a terminal): banner and line numbers per entry.
    var isInteractive: Bool

    /// The session: replaced by `:reset`.
    private var interpreter = Interpreter()
    /// What `:save` writes: the entries since start-up or the last `:reset`.
    private var notebook = Notebook(title: Self.notebookTitle)
    /// Every entry run, numbered from 1 (blank lines and `:` keys are not entries).
    private var entries: [String] = []

    private static let notebookTitle = "nnlab session"

    init(reader: EntryReader, isInteractive: Bool) {
        self.reader = reader
        self.isInteractive = isInteractive
    }

    /// Runs until the end of input; returns the exit code.
    mutating func run() -> Int32 {
        let progress = ProgressBar()
        let printer = SessionPrinter(echoesCommands: false, isTranscript: false, progress: progress)
        var lineNumber = 1
        ReadlineCompletion.keys = SessionKey.names
        connect(progress)
        while true {
            switch reader.next(prompt: Prompt.primary(number: entries.count + 1), isInteractive: isInteractive) {
            case .stop(let status):
                return status
            case .entry(let text, let lineCount):
                if Self.isQuit(text) { return 0 }
                if let key = SessionKey(text) {
                    if key.action == .quit { return 0 }
                    perform(key.action, progress: progress)
                    continue
                }
                let source = SourceFile(name: isInteractive ? "<prompt>" : "<stdin>", text: text,
                                        firstLine: isInteractive ? 1 : lineNumber)
                lineNumber += lineCount
                if !text.allSatisfy(\.isWhitespace) { entries.append(text) }
                let interpreter = interpreter
                var notebook = notebook
                InterruptSignal.whileRunningCommand {
                    _ = interpreter.run(source) { statement in
                        printer.print(statement, source: source, display: interpreter.state.display)
                        notebook.record(statement, source: source, display: interpreter.state.display, entry: text)
                    }
                }
                self.notebook = notebook
                ReadlineCompletion.session = SessionNames(interpreter.state)
                progress.clear()
                if StandardStream.outputHasFailed { return 2 }
            }
        }
    }

    /// Hands the interpreter its progress bar and its interruption checks.
    private func connect(_ progress: ProgressBar) {
        interpreter.onProgress = { progress.update($0) }
        interpreter.onLiveRun = { progress.watch($0) }
        interpreter.isInterrupted = { InterruptSignal.isRequested || StandardStream.outputHasFailed }
        interpreter.isStopped = { StandardStream.outputHasFailed }
    }

    /// Does what a key asks, printing the result.
    private mutating func perform(_ action: SessionKey.Action, progress: ProgressBar) {
        switch action {
        case .help:
            StandardStream.output.writeLine(SessionKey.help)
        case .history:
            StandardStream.output.writeLine(EntryList(entries: entries).text)
        case .reset:
            interpreter = Interpreter()
            connect(progress)
            notebook = Notebook(title: Self.notebookTitle)
            ReadlineCompletion.session = SessionNames()
            StandardStream.output.writeLine("a fresh session as at start-up: seed 0 with fresh random streams, no data, "
                                            + "model, variables or results, default settings; the entry numbers go on")
        case .save(let path):
            save(to: path)
        case .refused(let message):
            StandardStream.error.writeLine("nnlab: " + message)
        case .quit:
            break
        }
    }

    private func save(to path: String) {
        do {
            try notebook.write(to: path)
            let count = notebook.commandCount
            StandardStream.output.writeLine("saved \(count) command\(count == 1 ? "" : "s") with their output in \(path); "
                                            + "`nnlab run \(path)` runs them again")
        } catch {
            StandardStream.error.writeLine("nnlab: \(error)")
        }
    }

    /// `quit` or `exit` alone on a line leaves the prompt, as Ctrl-D does.
    static func isQuit(_ text: String) -> Bool {
        let word = text.split(whereSeparator: \.isWhitespace)
        return word.count == 1 && (word[0] == "quit" || word[0] == "exit")
    }
}
