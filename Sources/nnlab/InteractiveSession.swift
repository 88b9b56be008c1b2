/// `nnlab` with no subcommand: the prompt on a terminal, plain lines from a pipe.
enum InteractiveSession {
    /// Runs until the end of input; returns the exit code.
    static func run() -> Int32 {
        InterruptSignal.install()
        guard Terminal.isInputInteractive else {
            var repl = REPL(reader: EntryReader(lines: PlainLineSource()), isInteractive: false)
            return repl.run()
        }
        StandardStream.output.writeLine(Usage.banner)
        var repl = REPL(reader: EntryReader(lines: ReadlineSource(historyPath: ReadlineSource.defaultHistoryPath())), isInteractive: true)
        return repl.run()
    }
}
