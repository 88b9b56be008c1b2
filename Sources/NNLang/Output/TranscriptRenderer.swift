/// Turns commands and their output blocks into deterministic plain text: the transcript of `nnlab run`.
///
///     > train epochs=5
///     epoch 1  loss 1.099 …
public struct TranscriptRenderer: Sendable {
    /// The width plots are drawn at (80 when not a terminal).
    public var width: Int
    /// The height plots are drawn at.
    public var height: Int
    /// The source, so errors show their line and caret; without it errors are one line.
    public var source: SourceFile?

    /// Creates a renderer; transcripts never use colour.
    public init(width: Int = 80, height: Int = 16, source: SourceFile? = nil) {
        self.width = width
        self.height = height
        self.source = source
    }

    /// The command echoed after `> ` (continuation lines after `. `), then its blocks, ending with a newline.
    public func render(command: String, blocks: [OutputBlock]) -> String {
        let echoed = command.isEmpty ? [] : command.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated().map { index, line in (index == 0 ? "> " : ". ") + line }
        let lines = echoed + blocks.flatMap(renderLines)
        return lines.map(Table.trimmed).joined(separator: "\n") + "\n"
    }

    /// One block as lines of text.
    public func renderLines(_ block: OutputBlock) -> [String] {
        switch block {
        case .text(let text):
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .table(let table):
            return table.renderLines()
        case .plot(let plot):
            return plot.render(width: width, height: height, colors: .none, charset: .unicode).lines
        case .check(let result):
            return [result.summary]
        case .warning(let text):
            return ["warning: " + text]
        case .error(let diagnostic):
            if let source { return DiagnosticRenderer(source: source).render(diagnostic).split(separator: "\n").map(String.init) }
            return ["\(diagnostic.severity.rawValue): \(diagnostic.headline) (line \(diagnostic.range.start))"]
        }
    }
}
