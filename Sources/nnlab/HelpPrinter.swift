import NNLang

/// Prints `nnlab help`, `nnlab help COMMAND`, `nnlab --version` and usage errors.
struct HelpPrinter {
    /// Where help goes.
    var output = StandardStream.output

    /// `nnlab help`: the executable's usage, then the language overview. Returns the exit code.
    func printOverview() -> Int32 {
        output.write(Usage.text + "\n\n" + text(of: HelpHandler.overview()))
        return 0
    }

    /// `nnlab help COMMAND`: one command's usage, options and defaults; an unknown name is exit 2.
    func printCommand(_ name: String) -> Int32 {
        guard let blocks = HelpText.command(name) else {
            var message = "nnlab: no command '\(name)'"
            if let nearest = NameSuggester.suggestion(for: name, among: Schema.commandNames) {
                message += " (did you mean '\(nearest)'?)"
            }
            StandardStream.error.writeLine(message + "; 'nnlab help' lists them")
            return 2
        }
        output.write(text(of: blocks))
        return 0
    }

    /// `nnlab --version`.
    func printVersion() -> Int32 {
        output.writeLine("nnlab \(Usage.version)")
        return 0
    }

    /// A usage error on standard error, exit 2.
    func printUsageError(_ message: String) -> Int32 {
        StandardStream.error.writeLine("nnlab: \(message)\n\n" + Usage.text)
        return 2
    }

    private func text(of blocks: [OutputBlock]) -> String {
        let renderer = TranscriptRenderer(width: Terminal.columns() ?? 80)
        return blocks.flatMap(renderer.renderLines).map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The text without trailing spaces (table cells pad to their column).
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
