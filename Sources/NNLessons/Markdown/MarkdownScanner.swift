/// The block structure of a Markdown file as CommonMark defines it, as far as a lesson
/// needs it: fenced code blocks (also inside block quotes and list items, with the
/// container prefixes removed), block quotes with their paragraphs (for hints), and
/// headings. Indented code and HTML blocks are recognised so that a fence inside them
/// is not taken for one. Tabs count to the next multiple of four columns, as in
/// CommonMark's block structure, and are then treated as spaces.
struct MarkdownScanner {
    /// A fenced code block.
    struct Fence: Equatable {
        var info: String
        /// The fence characters of the opening line, e.g. "```".
        var marker: String
        /// The 1-based line and column of the opening fence.
        var line: Int
        var column: Int
        /// Each content line with its number and the count of columns its container
        /// prefixes and indentation took, so a column in `text` maps back to the file.
        var content: [(number: Int, text: String, prefixWidth: Int)]
        /// Whether a closing fence ended it (rather than its container or the file).
        var isClosed: Bool
        /// Whether the file ended with the block still open.
        var reachesEndOfFile: Bool

        static func == (a: Fence, b: Fence) -> Bool {
            a.info == b.info && a.line == b.line && a.column == b.column && a.isClosed == b.isClosed
                && a.content.map(\.text) == b.content.map(\.text) && a.content.map(\.number) == b.content.map(\.number)
        }
    }

    /// A block quote: the lines it spans and the text of its paragraphs.
    struct Quote: Equatable {
        var lines: ClosedRange<Int>
        var paragraphs: [String]
    }

    /// An ATX or setext heading.
    struct Heading: Equatable {
        var line: Int
        var level: Int
        var text: String
    }

    private(set) var fences: [Fence] = []
    private(set) var quotes: [Quote] = []
    private(set) var headings: [Heading] = []

    private enum Container {
        case quote(index: Int)
        case item(width: Int)
    }

    private enum Leaf {
        case none
        case paragraph(lines: [String], firstLine: Int)
        case fence(Fence, character: Character, length: Int, indent: Int)
        case indentedCode
        case html(end: HTMLBlockStart.End)
    }

    private var containers: [Container] = []
    private var leaf: Leaf = .none

    /// Scans `lines`; an empty last element (after a final line break) is no line.
    init(lines: [Substring]) {
        let lines = lines.last == "" ? lines.dropLast() : lines[...]
        for (index, raw) in lines.enumerated() { scan(MarkdownLine(raw), number: index + 1) }
        closeLeaf(atEndOfFile: true)
    }

    private mutating func scan(_ line: MarkdownLine, number: Int) {
        var line = line
        let matched = matchContainers(&line)
        let allMatched = matched == containers.count
        switch leaf {
        case let .fence(fence, character, length, indent) where allMatched:
            if let closing = line.fence(), closing.character == character, closing.length >= length, closing.info.isEmpty {
                var closed = fence
                closed.isClosed = true
                fences.append(closed)
                leaf = .none
            } else {
                var open = fence
                line.skipSpaces(upTo: indent)
                open.content.append((number, line.rest, line.position))
                leaf = .fence(open, character: character, length: length, indent: indent)
            }
            return
        case let .html(end) where allMatched:
            if end == .blankLine && line.isBlank { leaf = .none; return }
            if end.isMet(by: line.rest) { leaf = .none }
            return
        case .indentedCode where allMatched:
            if line.isBlank || line.indent >= 4 { return }
            leaf = .none
        default:
            break
        }

        var opened = false
        while line.indent < 4 {
            if line.startsQuote {
                if !opened { closeContainers(from: matched); opened = true }
                line.skipQuoteMarker()
                quotes.append(Quote(lines: number...number, paragraphs: []))
                containers.append(.quote(index: quotes.count - 1))
            } else if let width = line.listItemWidth(interruptingParagraph: paragraphIsOpen && !opened && allMatched) {
                if !opened { closeContainers(from: matched); opened = true }
                line.position = width
                containers.append(.item(width: width))
            } else {
                break
            }
        }
        if !opened, !allMatched {
            if paragraphIsOpen, !line.isBlank, !line.interruptsParagraph {
                appendToParagraph(line.rest.trimmingLeadingSpaces())
                extendQuotes(to: number)
                return
            }
            closeContainers(from: matched)
        } else if opened {
            closeLeaf()
        }
        extendQuotes(to: number)
        startLeaf(line, number: number, freshContainer: opened)
    }

    private mutating func startLeaf(_ line: MarkdownLine, number: Int, freshContainer: Bool) {
        var line = line
        if line.isBlank {
            closeParagraph()
            return
        }
        if line.indent >= 4 {
            if paragraphIsOpen && !freshContainer {
                appendToParagraph(line.rest.trimmingLeadingSpaces())
            } else {
                closeLeaf()
                leaf = .indentedCode
            }
            return
        }
        if let fence = line.fence() {
            closeLeaf()
            let indent = line.indent
            leaf = .fence(Fence(info: fence.info, marker: String(repeating: fence.character, count: fence.length), line: number, column: line.position + indent + 1, content: [],
                                isClosed: false, reachesEndOfFile: false),
                          character: fence.character, length: fence.length, indent: indent)
            return
        }
        if let (level, text) = line.atxHeading() {
            closeLeaf()
            headings.append(Heading(line: number, level: level, text: text))
            return
        }
        if case let .paragraph(lines, firstLine) = leaf, !freshContainer, let level = line.setextLevel() {
            headings.append(Heading(line: firstLine, level: level, text: lines.joined(separator: "\n")))
            leaf = .none
            return
        }
        if line.isThematicBreak {
            closeLeaf()
            return
        }
        if let html = HTMLBlockStart(line.rest.trimmingLeadingSpaces()), !(html.end == .blankLineType7 && paragraphIsOpen) {
            closeLeaf()
            let end = html.end == .blankLineType7 ? .blankLine : html.end
            if !end.isMet(by: line.rest) || end == .blankLine { leaf = .html(end: end) }
            return
        }
        line.skipSpaces(upTo: 3)
        if paragraphIsOpen && !freshContainer {
            appendToParagraph(line.rest)
        } else {
            closeLeaf()
            leaf = .paragraph(lines: [line.rest], firstLine: number)
        }
    }

    /// Consumes the prefixes of the open containers the line continues; returns how many.
    private func matchContainers(_ line: inout MarkdownLine) -> Int {
        for (depth, container) in containers.enumerated() {
            switch container {
            case .quote:
                guard line.indent < 4, line.startsQuote else { return depth }
                line.skipQuoteMarker()
            case let .item(width):
                if line.isBlank { continue }
                guard line.indent >= width - line.position else { return depth }
                line.position = width
            }
        }
        return containers.count
    }

    private var paragraphIsOpen: Bool {
        if case .paragraph = leaf { return true }
        return false
    }

    private mutating func appendToParagraph(_ text: String) {
        if case let .paragraph(lines, first) = leaf { leaf = .paragraph(lines: lines + [text], firstLine: first) }
    }

    private mutating func closeParagraph() {
        if paragraphIsOpen { closeLeaf() }
    }

    private mutating func closeLeaf(atEndOfFile: Bool = false) {
        switch leaf {
        case let .paragraph(lines, _):
            if let index = innermostQuote { quotes[index].paragraphs.append(lines.joined(separator: "\n")) }
        case var .fence(fence, _, _, _):
            fence.reachesEndOfFile = atEndOfFile
            fences.append(fence)
        default:
            break
        }
        leaf = .none
    }

    private mutating func closeContainers(from depth: Int) {
        guard depth < containers.count else { return }
        closeLeaf()
        containers.removeSubrange(depth...)
    }

    private var innermostQuote: Int? {
        for container in containers.reversed() {
            if case let .quote(index) = container { return index }
        }
        return nil
    }

    private mutating func extendQuotes(to number: Int) {
        for case let .quote(index) in containers {
            quotes[index].lines = quotes[index].lines.lowerBound...number
        }
    }
}

extension String {
    func trimmingLeadingSpaces() -> String {
        String(drop { $0 == " " })
    }
}
