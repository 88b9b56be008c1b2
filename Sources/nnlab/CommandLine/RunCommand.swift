import ArgumentParser
import NNLang

/// `nnlab run FILE`: a script or Markdown lesson, printed as a transcript.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a script (.nnlab) or a Markdown lesson (.md) and print its transcript.",
        discussion: """
            Exit codes: 0 every expect passed, 1 an expect failed, 2 an error.
            With --shard i/N the file runs up to its sweep or grid, runs only every Nth trial from trial i, \
            and writes them to a results file; 'nnlab merge' joins the N files into the whole search.
            """
    )

    @Flag(help: "Compute matrix products in a fixed order, so the transcript is the same on every machine (slower).")
    var portable = false

    @Option(help: ArgumentHelp("Run slice i of N of the file's search (trials i, i+N, i+2N, …) and write its results file.",
                               valueName: "i/N"),
            transform: { text in
                switch Shard.parse(text) {
                case .success(let shard): return shard
                case .failure(let error): throw ValidationError(error.message)
                }
            })
    var shard: Shard?

    @Option(help: ArgumentHelp("The results file of --shard (default: FILE.shard-i-of-N.json in this folder).", valueName: "path"))
    var results: String?

    @ArgumentParser.Argument(help: ArgumentHelp("The script or lesson; '-' reads standard input.", valueName: "file"),
              completion: .file(extensions: ["nnlab", "md", "markdown"]))
    var path: String

    func validate() throws {
        if results != nil, shard == nil { throw ValidationError("--results names the results file of --shard; give --shard i/N too") }
    }

    func run() throws {
        let runner = FileRunner(path: path, numericMode: portable ? .portable : .fast,
                                shard: shard.map { ShardOutput(shard: $0, path: results ?? ShardOutput.defaultPath(for: path, shard: $0)) })
        throw ExitCode(runner.run())
    }
}

/// `nnlab merge FILES…`: the shards' results files joined into the whole search's report.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the results files of 'nnlab run FILE --shard i/N' (i = 1…N) into the whole search.",
        discussion: "Prints the table, the best trial and the plots that one process running the whole search prints."
    )

    @ArgumentParser.Argument(help: ArgumentHelp("The results files, one per shard.", valueName: "files"),
                             completion: .file(extensions: ["json"]))
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give the results files of the shards, e.g. nnlab merge search.shard-*-of-4.json") }
    }

    func run() throws {
        throw ExitCode(ShardMerger(paths: paths).run())
    }
}
