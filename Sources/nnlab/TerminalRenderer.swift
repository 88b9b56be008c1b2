import NNLang
import TextPlot

/// Draws output blocks for a terminal: plots in the target's colours and characters,
/// errors red, warnings yellow, PASS green and FAIL red. Without colours the text is
/// exactly the transcript's (`TranscriptRenderer`), so what a terminal shows reads the same.
struct TerminalRenderer {
    /// The plain renderer, for everything but plots and colour.
    var plain: TranscriptRenderer
    /// Size, colours and characters for plots.
    var target: RenderTarget

    /// A renderer for one source (errors show its lines) and a target.
    init(source: SourceFile?, target: RenderTarget) {
        plain = TranscriptRenderer(width: target.width, height: target.height, source: source)
        self.target = target
    }

    private var usesColor: Bool { target.colors != .none }

    /// The command echoed as `> command` (when given and not empty), then its blocks, as lines.
    func lines(command: String?, blocks: [OutputBlock]) -> [String] {
        var lines: [String] = []
        if let command, !command.isEmpty {
            let echoed = command.split(separator: "\n", omittingEmptySubsequences: false)
                .enumerated().map { index, line in (index == 0 ? "> " : ". ") + line }
            lines += echoed.map { paint($0.trimmingTrailingSpaces(), "1") }
        }
        return lines + blocks.flatMap(lines(of:))
    }

    /// One block as lines, coloured when the target has colours.
    func lines(of block: OutputBlock) -> [String] {
        switch block {
        case .plot(let plot):
            return plot.render(in: target).ansiLines().map { $0.trimmingTrailingSpaces() }
        case .check(let result):
            let summary = result.summary
            return [paint(String(summary.prefix(4)), result.passed ? "1;32" : "1;31") + summary.dropFirst(4)]
        case .warning:
            return plain.renderLines(block).map { paint($0.trimmingTrailingSpaces(), "33") }
        case .error:
            return plain.renderLines(block).enumerated().map { index, line in
                paint(line.trimmingTrailingSpaces(), index == 0 ? "1;31" : (isCaretLine(line) ? "31" : ""))
            }
        case .text, .table:
            return plain.renderLines(block).map { $0.trimmingTrailingSpaces() }
        }
    }

    /// Wraps text in an SGR colour when colours are on (an empty code leaves it plain).
    func paint(_ text: String, _ code: String) -> String {
        guard usesColor, !code.isEmpty, !text.isEmpty else { return text }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    /// The `  | ^^^` line under an error's source excerpt.
    private func isCaretLine(_ line: String) -> Bool {
        guard let bar = line.firstIndex(of: "|") else { return false }
        let rest = line[line.index(after: bar)...]
        return rest.contains("^") && rest.allSatisfy { $0 == " " || $0 == "^" }
    }
}
