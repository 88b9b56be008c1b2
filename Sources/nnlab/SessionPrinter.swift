import NNLang

/// Prints what statements produced: a plain deterministic transcript when standard
/// output is not a terminal (`nnlab run > file`), else coloured terminal output at the
/// terminal's width. Settings (`set width=` …) are read per statement, so a `set`
/// takes effect on the next statement.
struct SessionPrinter {
    /// Whether each statement is echoed as `> command` first (`nnlab run`, not the prompt).
    var echoesCommands: Bool
    /// Whether output is a plain transcript: no colour, width 80 unless `set width=`.
    var isTranscript: Bool
    /// The training progress bar, erased before output.
    var progress: ProgressBar
    /// Where output goes.
    var output = StandardStream.output

    /// Prints one statement's output.
    func print(_ statement: StatementOutput, source: SourceFile, display: DisplaySettings) {
        progress.clear()
        let command = echoesCommands ? statement.source : nil
        if isTranscript {
            let renderer = TranscriptRenderer(width: display.width ?? 80, height: display.height, source: source)
            if let command, !command.isEmpty {
                output.write(renderer.render(command: command, blocks: statement.blocks))
            } else if !statement.blocks.isEmpty {
                let lines = statement.blocks.flatMap(renderer.renderLines).map { $0.trimmingTrailingSpaces() }
                output.write(lines.joined(separator: "\n") + "\n")
            }
            return
        }
        let target = RenderSettings.target(display: display, environment: Terminal.environment())
        let lines = TerminalRenderer(source: source, target: target).lines(command: command, blocks: statement.blocks)
        if !lines.isEmpty { output.write(lines.joined(separator: "\n") + "\n") }
    }
}
