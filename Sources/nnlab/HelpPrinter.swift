import NNLang

/// Prints `nnlab help` and `nnlab help COMMAND`.
struct HelpPrinter {
    /// Where help goes.
    var output = StandardStream.output

    /// `nnlab help`: the executable's usage, then the language overview.
    func printOverview() {
        output.write(NNLabCommand.helpMessage(columns: Terminal.columns() ?? 80) + "\n\n" + text(of: HelpHandler.overview()))
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
