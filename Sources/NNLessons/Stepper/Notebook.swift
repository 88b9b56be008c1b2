import NNLab
import NNLang

/// A session written down as Markdown: each statement that ran in an ```` ```nnlab ````
/// block with its plain output below in a ```` ```text ```` block, so `nnlab run` of
/// the file runs the same statements and prints the same output. A statement that
/// failed is shown in a text block only: it changed nothing, and would stop the run.
public struct Notebook: Sendable {
    /// One statement and what it printed.
    public struct Cell: Sendable, Equatable {
        /// The statement's text.
        public var command: String
        /// The output as `nnlab run` prints it (plain, width from `set width=`, else 80).
        public var output: [String]
        /// Whether the statement stopped with an error.
        public var failed: Bool
        /// Whether it is the lesson's solution, run on `:skip`: shown, not run, since it is not the learner's work.
        public var isSkippedSolution = false
    }

    /// The notebook's heading.
    public var title: String
    /// The statements in the order they ran.
    public var cells: [Cell] = []

    /// An empty notebook.
    public init(title: String) {
        self.title = title
    }

    /// The cell for one statement's output; `entry` is the text that was run, shown when
    /// the statement has none (an error found before anything ran).
    public static func cell(_ statement: StatementOutput, source: SourceFile, display: DisplaySettings,
                            entry: String) -> Cell {
        let renderer = TranscriptRenderer(width: display.width ?? 80, height: display.height, source: source)
        let output = statement.blocks.flatMap(renderer.renderLines).map(trimmingTrailingSpaces)
        let failed = statement.blocks.contains { if case .error = $0 { true } else { false } }
        return Cell(command: statement.source.isEmpty ? entry : statement.source, output: output, failed: failed)
    }

    /// Records one statement's output.
    public mutating func record(_ statement: StatementOutput, source: SourceFile, display: DisplaySettings, entry: String) {
        cells.append(Self.cell(statement, source: source, display: display, entry: entry))
    }

    /// The statements the notebook runs again: not failed ones, nor skipped exercises' solutions.
    public var commandCount: Int { cells.count { !$0.failed && !$0.isSkippedSolution } }

    /// The Markdown text.
    public var markdown: String {
        var intro = "Written by nnlab's `:save`; `nnlab run` of this file runs the same commands again."
        if cells.contains(where: \.isSkippedSolution) {
            intro += " The solutions of skipped exercises are shown, not run, so what follows them may differ."
        }
        var parts = ["# \(title)", intro]
        for cell in cells {
            if cell.isSkippedSolution {
                parts.append("Skipped: the lesson's solution ran here so the lesson could go on. It is not your work, so it is not an `nnlab` block:")
                parts.append(Self.fenced(["> " + cell.command] + cell.output, info: "text"))
                continue
            }
            if cell.failed {
                let lines = cell.command.isEmpty ? cell.output : ["> " + cell.command] + cell.output
                parts.append("This one failed and changed nothing, so it is not an `nnlab` block:")
                parts.append(Self.fenced(lines, info: "text"))
                continue
            }
            parts.append(Self.fenced(cell.command.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                                     info: "nnlab"))
            if !cell.output.isEmpty { parts.append(Self.fenced(cell.output, info: "text")) }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// Writes the Markdown to `path` atomically.
    public func write(to path: String) throws(FileWriteError) {
        try AtomicFile.write(markdown, to: path)
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    /// Lines in a fence longer than any run of backticks in them.
    private static func fenced(_ lines: [String], info: String) -> String {
        var longest = 0
        for line in lines {
            var run = 0
            for character in line {
                run = character == "`" ? run + 1 : 0
                longest = max(longest, run)
            }
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return ([fence + info] + lines + [fence]).joined(separator: "\n")
    }
}
