@preconcurrency import Glibc

/// The entry point: reads the arguments and hands over to the prompt, `run` or help.
func main() -> Int32 {
    switch Invocation.parse(Array(CommandLine.arguments.dropFirst())) {
    case .interactive:
        let isInteractive = Terminal.isInputInteractive
        InterruptSignal.install()
        if isInteractive {
            StandardStream.output.writeLine(Usage.banner)
            var repl = REPL(lines: ReadlineSource(historyPath: ReadlineSource.defaultHistoryPath()), isInteractive: true)
            return repl.run()
        }
        var repl = REPL(lines: PlainLineSource(), isInteractive: false)
        return repl.run()
    case .run(let path):
        return FileRunner(path: path).run()
    case .help(let topic):
        return topic.map { HelpPrinter().printCommand($0) } ?? HelpPrinter().printOverview()
    case .version:
        return HelpPrinter().printVersion()
    case .complete(let line):
        let word = line.last == " " ? "" : String(line.split(separator: " ").last ?? "")
        let completion = CompletionCandidates(linePrefix: String(line.dropLast(word.count)), word: word)
        StandardStream.output.write(completion.candidates.map { $0 + "\n" }.joined())
        return 0
    case .usageError(let message):
        return HelpPrinter().printUsageError(message)
    }
}

exit(main())
