import NNLab
import NNLang

/// `nnlab run FILE`: loads the script or lesson, runs it in a fresh session and
/// prints the transcript; the exit code is `RunOutcome.exitCode` (2 when the file
/// cannot be read). Ctrl-C keeps its default meaning here: it ends the run.
struct FileRunner {
    /// The file to run; `-` is standard input.
    var path: String
    /// `--portable`: the same numbers on every machine.
    var numericMode: NumericMode = .fast
    /// `--shard i/N`: run only that slice of the file's search and write it to a results file.
    var shard: ShardOutput?

    /// Runs the file and returns the exit code.
    func run() -> Int32 {
        let source: SourceFile
        do {
            source = try SourceLoader().load(path)
        } catch {
            StandardStream.error.writeLine(error.message)
            return 2
        }
        let progress = ProgressBar()
        let printer = SessionPrinter(echoesCommands: true, isTranscript: !StandardStream.output.isTerminal,
                                     progress: progress)
        let interpreter = Interpreter(numericMode: numericMode)
        interpreter.onProgress = { progress.update($0) }
        interpreter.onLiveRun = { progress.watch($0) }
        interpreter.isInterrupted = { StandardStream.outputHasFailed }
        interpreter.searchShard = shard?.shard
        interpreter.isStopped = { [shard] in
            StandardStream.outputHasFailed || (shard != nil && interpreter.state.lastSearch != nil)
        }
        let outcome = interpreter.run(source) { statement in
            printer.print(statement, source: source, display: interpreter.state.display)
        }
        progress.clear()
        guard let shard, outcome.error == nil else { return outcome.exitCode }
        return shard.write(interpreter.state.lastSearch)
    }
}
