/// The `nnlab` code blocks of a Markdown lesson, read with CommonMark's fence rules
/// (```` ``` ```` and `~~~` fences, up to three spaces of indentation, a longer fence
/// closing a shorter one). Prose and other code blocks are kept only as line counts,
/// so every block knows its real line in the file.
public struct MarkdownLesson: Sendable {
    /// The file name, used in diagnostics.
    public let name: String
    /// How many lines the file has.
    public let lineCount: Int
    /// The `nnlab` blocks in file order.
    public let blocks: [LessonBlock]

    /// Reads the blocks of a lesson; throws on an unterminated fence or an unknown block kind.
    public init(name: String, text: String) throws(LessonFormatError) {
        self.name = name
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isSourceLineBreak)
        lineCount = lines.count
        blocks = try Self.blocks(in: lines)
    }

    /// Scans the lines for fences; lines are numbered from 1.
    private static func blocks(in lines: [Substring]) throws(LessonFormatError) -> [LessonBlock] {
        var blocks: [LessonBlock] = []
        var index = 0
        while index < lines.count {
            guard let fence = CodeFence(line: lines[index]) else {
                index += 1
                continue
            }
            let opening = index
            index += 1
            while index < lines.count, !fence.isClosed(by: lines[index]) { index += 1 }
            guard index < lines.count else {
                let closing = String(repeating: fence.character, count: fence.length)
                throw LessonFormatError(line: opening + 1, column: fence.column, "code block opened here is never closed",
                                        fix: "add a closing \(closing) line")
            }
            if let kind = try kind(of: fence, line: opening + 1) {
                let content = (opening + 1)..<index
                let code = content.map { String(lines[$0]) }.joined(separator: "\n")
                let lineNumbers = (content.lowerBound + 1)..<(content.upperBound + 1)
                blocks.append(LessonBlock(kind: kind, fenceLine: opening + 1, contentLines: lineNumbers, code: code))
            }
            index += 1
        }
        return blocks
    }

    /// The kind of an `nnlab` block; nil for other code blocks (```` ```python ````).
    private static func kind(of fence: CodeFence, line: Int) throws(LessonFormatError) -> LessonBlock.Kind? {
        let words = fence.infoWords
        guard words.first == "nnlab" else { return nil }
        guard words.count > 1 else { return .code }
        guard let kind = LessonBlock.Kind(rawValue: String(words[1])), kind != .code else {
            throw LessonFormatError(line: line, column: fence.column, "unknown block kind 'nnlab \(words[1])'",
                                    fix: "use ```nnlab, ```nnlab exercise or ```nnlab solution")
        }
        return kind
    }
}

extension Character {
    /// A line break as `SourceFile` counts them: `\n`, `\r\n` or `\r`, so line numbers agree.
    var isSourceLineBreak: Bool { self == "\n" || self == "\r\n" || self == "\r" }
}
