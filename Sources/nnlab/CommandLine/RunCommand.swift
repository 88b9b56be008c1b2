import ArgumentParser

/// `nnlab run FILE`: a script or Markdown lesson, printed as a transcript.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a script (.nnlab) or a Markdown lesson (.md) and print its transcript.",
        discussion: "Exit codes: 0 every expect passed, 1 an expect failed, 2 an error."
    )

    @Flag(help: "Compute matrix products in a fixed order, so the transcript is the same on every machine (slower).")
    var portable = false

    @ArgumentParser.Argument(help: ArgumentHelp("The script or lesson; '-' reads standard input.", valueName: "file"),
              completion: .file(extensions: ["nnlab", "md", "markdown"]))
    var path: String

    func run() throws {
        throw ExitCode(FileRunner(path: path, numericMode: portable ? .portable : .fast).run())
    }
}
