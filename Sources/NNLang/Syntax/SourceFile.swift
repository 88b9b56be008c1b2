/// A named source text (a script file, a lesson block or one REPL line) with access to its lines.
public struct SourceFile: Sendable {
    /// The name shown in diagnostics, e.g. `lesson.nnlab` or `<repl>`.
    public let name: String
    /// The decoded text; invalid UTF-8 became U+FFFD, which the lexer reports.
    public let text: String
    /// The line on which the text starts (a Markdown block starts deep inside its file).
    public let firstLine: Int
    private let lineTexts: [Substring]

    /// Creates a source from text already decoded.
    public init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
        let scalars = text.unicodeScalars
        var lines: [Substring] = []
        var lineStart = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            var next = scalars.index(after: index)
            if scalar.isLineBreak {
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                lines.append(Substring(scalars[lineStart..<index]))
                lineStart = next
            }
            index = next
        }
        lines.append(Substring(scalars[lineStart..<scalars.endIndex]))
        lineTexts = lines
    }

    /// Creates a source from raw bytes; invalid UTF-8 sequences become U+FFFD and are reported when lexed.
    public init(name: String, bytes: [UInt8], firstLine: Int = 1) {
        self.init(name: name, text: String(decoding: bytes, as: UTF8.self), firstLine: firstLine)
    }

    /// The number of lines in the text.
    public var lineCount: Int { lineTexts.count }

    /// The text of a line (numbered as in `SourceLocation`), without its line break; nil outside the text.
    public func line(_ number: Int) -> Substring? {
        let index = number - firstLine
        guard index >= 0, index < lineTexts.count else { return nil }
        return lineTexts[index]
    }

    /// The characters of a line, as columns count them.
    func columns(ofLine number: Int) -> [String] {
        guard let line = line(number) else { return [] }
        return TextClusters.clusters(line.unicodeScalars)
    }

    /// The text covered by a range, joined across lines with line breaks.
    public func text(of range: SourceRange) -> String {
        var pieces: [String] = []
        for number in range.start.line...max(range.start.line, range.end.line) {
            let characters = columns(ofLine: number)
            let from = number == range.start.line ? range.start.column - 1 : 0
            let to = number == range.end.line ? range.end.column - 1 : characters.count
            let lower = min(max(from, 0), characters.count)
            let upper = min(max(to, lower), characters.count)
            pieces.append(characters[lower..<upper].joined())
        }
        return pieces.joined(separator: "\n")
    }
}
