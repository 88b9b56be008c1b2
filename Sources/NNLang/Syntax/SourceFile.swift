/// A named source text (a script file, a lesson block or one REPL line) with access to its lines.
public struct SourceFile: Sendable {
    /// The name shown in diagnostics, e.g. `lesson.nnlab` or `<repl>`.
    public let name: String
    /// The decoded text; invalid UTF-8 became U+FFFD, which the lexer reports.
    public let text: String
    /// The line on which the text starts (a Markdown block starts deep inside its file).
    public let firstLine: Int
    private let lineTexts: [Substring]
    /// The UTF-8 offset of each line's characters, then of the line's end, line after line.
    private let characterOffsets: [Int]
    /// Where each line's offsets start in `characterOffsets`.
    private let lineFirstCharacter: [Int]

    /// Creates a source from text already decoded.
    public init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
        (lineTexts, characterOffsets, lineFirstCharacter) = Self.index(text)
    }

    /// Every line's text, the UTF-8 offset of every character in every line (each line's
    /// run ends with the offset of its end), and where each line's run starts (one entry
    /// more than there are lines): one pass, so that `text(of:)` is as cheap as its result.
    private static func index(_ text: String) -> ([Substring], [Int], [Int]) {
        let scalars = text.unicodeScalars
        var lines: [Substring] = [], offsets: [Int] = [], firsts = [0]
        var lineStart = scalars.startIndex, index = scalars.startIndex
        var offset = 0
        var previous: Unicode.Scalar?
        while index < scalars.endIndex {
            let scalar = scalars[index]
            var next = scalars.index(after: index)
            if scalar.isLineBreak {
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                lines.append(Substring(scalars[lineStart..<index]))
                offsets.append(offset)
                firsts.append(offsets.count)
                offset += text.utf8.distance(from: index, to: next)
                lineStart = next
                previous = nil
            } else {
                if TextClusters.startsCluster(scalar, after: previous) { offsets.append(offset) }
                offset += UTF8.width(scalar)
                previous = scalar
            }
            index = next
        }
        lines.append(Substring(scalars[lineStart..<scalars.endIndex]))
        offsets.append(offset)
        firsts.append(offsets.count)
        return (lines, offsets, firsts)
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

    /// The text covered by a range, joined across lines with line breaks; the work is
    /// proportional to the text returned, not to the lines it is in.
    public func text(of range: SourceRange) -> String {
        var pieces: [String] = []
        for number in range.start.line...max(range.start.line, range.end.line) {
            let index = number - firstLine
            guard index >= 0, index < lineTexts.count else {
                pieces.append("")
                continue
            }
            let offsets = characterOffsets[lineFirstCharacter[index]..<lineFirstCharacter[index + 1]]
            let count = offsets.count - 1
            let from = number == range.start.line ? range.start.column - 1 : 0
            let to = number == range.end.line ? range.end.column - 1 : count
            let lower = min(max(from, 0), count)
            let upper = min(max(to, lower), count)
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: offsets[offsets.startIndex + lower])
            let end = utf8.index(utf8.startIndex, offsetBy: offsets[offsets.startIndex + upper])
            pieces.append(String(text[start..<end]))
        }
        return pieces.joined(separator: "\n")
    }
}
