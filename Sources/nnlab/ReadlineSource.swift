@preconcurrency import CReadline
@preconcurrency import Glibc

/// The text readline's startup hook puts on the next line (a C callback captures nothing).
nonisolated(unsafe) private var textToInsert: UnsafeMutablePointer<CChar>?

/// Lines from the terminal through GNU readline: editing, history in a file
/// (`~/.nnlab_history`, see `HistoryFile`) and Tab completion. Ctrl-C clears the
/// line (`ReadlineInterrupt`), since readline does not catch signals itself.
struct ReadlineSource: LineSource {
    /// The history file, nil for none.
    let historyPath: String?
    /// Whether saving the history failed once (it is said once, not after every command).
    private var historyFailed = false
    /// The line typed after a Ctrl-C, returned on the next read.
    private var pendingLine: InputLine?

    /// Sets readline up and loads the history.
    init(historyPath: String?) {
        self.historyPath = historyPath
        rl_readline_name = UnsafePointer(strdup("nnlab"))
        // With output redirected (`nnlab > log.txt`) the prompt and the editing stay on the terminal.
        if isatty(STDOUT_FILENO) == 0 { rl_outstream = stderr }
        ReadlineInterrupt.install()
        ReadlineCompletion.install()
        using_history()
        stifle_history(Int32(HistoryFile.maximumEntries))
        if let historyPath, let warning = HistoryFile(path: historyPath).load() {
            StandardStream.error.writeLine(warning)
        }
    }

    /// Reads a line with editing; a Ctrl-C before Enter is reported first as `interrupted`.
    mutating func readLine(prompt: String) -> InputLine {
        if let pending = pendingLine {
            pendingLine = nil
            return pending
        }
        if !Prompt.isContinuation(prompt) { ReadlineInterrupt.freshPrompt = prompt }
        InterruptSignal.reset()
        lineWasCleared.store(false, ordering: .relaxed)
        let raw = readline(prompt)
        let line: InputLine = raw.map { .line(String(cString: $0)) } ?? .end
        free(raw)
        if lineWasCleared.exchange(false, ordering: .relaxed) {
            pendingLine = line
            return .interrupted
        }
        return line
    }

    /// Reads a line that starts out holding `initial` (an exercise to fill in): readline's
    /// startup hook inserts it before the first key is read.
    mutating func readLine(prompt: String, editing initial: String) -> InputLine {
        free(textToInsert)
        textToInsert = strdup(initial)
        rl_startup_hook = {
            if let text = textToInsert { rl_insert_text(text) }
            free(textToInsert)
            textToInsert = nil
            rl_startup_hook = nil
            return 0
        }
        return readLine(prompt: prompt)
    }

    /// Adds an entry to the history (not blank ones, nor a repeat of the last) and appends it to the file.
    mutating func remember(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace) else { return }
        if history_length > 0, let last = history_get(history_base + history_length - 1),
           let text = last.pointee.line, String(cString: text) == entry { return }
        add_history(entry)
        guard let historyPath, !historyFailed, HistoryFile.canStore(entry),
              let failure = HistoryFile(path: historyPath).appendNewest() else { return }
        historyFailed = true
        StandardStream.error.writeLine(failure + " (set NNLAB_HISTORY= to keep none)")
    }

    /// `$NNLAB_HISTORY` if set (empty: no history), else `~/.nnlab_history` when `$HOME` is known.
    static func defaultHistoryPath() -> String? {
        if let path = Terminal.variable("NNLAB_HISTORY") { return path.isEmpty ? nil : path }
        guard let home = Terminal.variable("HOME"), !home.isEmpty else { return nil }
        return home + (home.hasSuffix("/") ? "" : "/") + ".nnlab_history"
    }
}

/// The prompts.
enum Prompt {
    /// Before entry `number` of the session (entries are counted, not lines): `[3] nnlab> `.
    static func primary(number: Int) -> String { "[\(number)] nnlab> " }

    /// On a continuation line (after a line ending in `\`): `...> `, its `> ` under the prompt's.
    static func continuation(after prompt: String) -> String {
        String(repeating: " ", count: max(0, prompt.count - continuationMark.count)) + continuationMark
    }

    /// Whether a prompt is a continuation line's.
    static func isContinuation(_ prompt: String) -> Bool { prompt.hasSuffix(continuationMark) }

    private static let continuationMark = "...> "
}
