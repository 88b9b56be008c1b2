/// A lesson read from Markdown with CommonMark's block rules (see `MarkdownScanner`):
/// its `nnlab` code blocks, wherever they sit (top level, block quote, list item; not
/// inside HTML blocks or indented code), its hints and its headings, each with its real
/// line in the file.
public struct MarkdownLesson: Sendable {
    /// The file name, used in diagnostics.
    public let name: String
    /// How many lines the file has.
    public let lineCount: Int
    /// The `nnlab` blocks in file order.
    public let blocks: [LessonBlock]
    /// Block quotes whose first paragraph starts with `**Hint:**`, in file order.
    public let hints: [LessonHint]
    /// The headings, in file order.
    public let headings: [LessonHeading]

    /// Reads a lesson; throws on a code block the file ends inside, or an unknown block kind.
    public init(name: String, text: String) throws(LessonFormatError) {
        self.name = name
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isSourceLineBreak)
        lineCount = lines.count
        let scanner = MarkdownScanner(lines: lines)
        var blocks: [LessonBlock] = []
        for fence in scanner.fences {
            if fence.reachesEndOfFile {
                throw LessonFormatError(line: fence.line, column: fence.column, "code block opened here is never closed",
                                        fix: "add a closing \(fence.marker) line")
            }
            guard let kind = try Self.kind(of: fence) else { continue }
            let numbers = fence.content.map(\.number)
            blocks.append(LessonBlock(kind: kind, fenceLine: fence.line,
                                      contentLines: (fence.line + 1)..<((numbers.last ?? fence.line) + 1),
                                      code: fence.content.map(\.text).joined(separator: "\n"),
                                      contentColumns: fence.content.map(\.prefixWidth)))
        }
        self.blocks = blocks
        hints = scanner.quotes.compactMap { quote -> LessonHint? in
            guard let first = quote.paragraphs.first, first.hasPrefix("**Hint:**") else { return nil }
            let text = quote.paragraphs.joined(separator: "\n\n").dropFirst("**Hint:**".count)
            return LessonHint(lines: quote.lines, text: String(text).trimmingLeadingSpaces())
        }
        headings = scanner.headings.map { LessonHeading(line: $0.line, level: $0.level, text: $0.text) }
    }

    /// The kind of an `nnlab` block; nil for other code blocks (```` ```python ````).
    private static func kind(of fence: MarkdownScanner.Fence) throws(LessonFormatError) -> LessonBlock.Kind? {
        let words = fence.info.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.first == "nnlab" else { return nil }
        guard words.count > 1 else { return .code }
        guard let kind = LessonBlock.Kind(rawValue: String(words[1])), kind != .code else {
            throw LessonFormatError(line: fence.line, column: fence.column, "unknown block kind 'nnlab \(words[1])'",
                                    fix: "use ```nnlab, ```nnlab exercise or ```nnlab solution")
        }
        return kind
    }
}

/// A hint: a block quote that begins with `**Hint:**`, hidden until the learner asks.
public struct LessonHint: Sendable, Equatable {
    /// The lines the quote spans.
    public var lines: ClosedRange<Int>
    /// Its text without the quote markers and the `**Hint:**` label.
    public var text: String
}

/// A heading, where the lesson's sections begin.
public struct LessonHeading: Sendable, Equatable {
    public var line: Int
    public var level: Int
    public var text: String
}

extension Character {
    /// A line break as `SourceFile` counts them: `\n`, `\r\n` or `\r`, so line numbers agree.
    var isSourceLineBreak: Bool { self == "\n" || self == "\r\n" || self == "\r" }
}
