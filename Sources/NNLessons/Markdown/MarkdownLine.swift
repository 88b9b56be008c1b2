/// One line of a Markdown file during block parsing: its characters with tabs expanded
/// to the next multiple of four columns, and how far the open containers have consumed.
struct MarkdownLine {
    private let characters: [Character]
    /// The column (0-based) where the unconsumed part starts.
    var position = 0

    init(_ raw: Substring) {
        var expanded: [Character] = []
        for character in raw {
            if character == "\t" {
                repeat { expanded.append(" ") } while expanded.count % 4 != 0
            } else {
                expanded.append(character)
            }
        }
        characters = expanded
    }

    /// Spaces from `position` to the first other character.
    var indent: Int {
        var count = 0
        while position + count < characters.count, characters[position + count] == " " { count += 1 }
        return count
    }

    var isBlank: Bool { position + indent >= characters.count }

    /// The unconsumed part.
    var rest: String { position < characters.count ? String(characters[position...]) : "" }

    private func character(at offset: Int) -> Character? {
        let index = position + offset
        return index < characters.count ? characters[index] : nil
    }

    mutating func skipSpaces(upTo limit: Int) {
        position += min(indent, limit)
    }

    var startsQuote: Bool { indent < 4 && character(at: indent) == ">" }

    /// Consumes `>` and the one optional space after it.
    mutating func skipQuoteMarker() {
        position += indent + 1
        if character(at: 0) == " " { position += 1 }
    }

    /// The column where a list item starting on this line puts its content, or nil when
    /// the line does not start one (or one that may not interrupt a paragraph).
    func listItemWidth(interruptingParagraph: Bool) -> Int? {
        guard indent < 4, !isThematicBreak, let marker = listMarker else { return nil }
        let afterMarker = position + indent + marker.width
        var spaces = 0
        while afterMarker + spaces < characters.count, characters[afterMarker + spaces] == " " { spaces += 1 }
        let restIsBlank = afterMarker + spaces >= characters.count
        guard restIsBlank || spaces > 0 else { return nil }
        if interruptingParagraph && (restIsBlank || (marker.number ?? 1) != 1) { return nil }
        return restIsBlank || spaces >= 5 ? afterMarker + 1 : afterMarker + spaces
    }

    /// A bullet (`-`, `+`, `*`) or an ordered marker (1–9 digits, then `.` or `)`).
    private var listMarker: (width: Int, number: Int?)? {
        guard let first = character(at: indent) else { return nil }
        if first == "-" || first == "+" || first == "*" { return (1, nil) }
        var digits = 0
        while let c = character(at: indent + digits), c.isASCII, c.isNumber, digits < 10 { digits += 1 }
        guard (1...9).contains(digits), let delimiter = character(at: indent + digits),
              delimiter == "." || delimiter == ")" else { return nil }
        let number = Int(String(characters[(position + indent)..<(position + indent + digits)]))
        return (digits + 1, number)
    }

    /// An opening or closing code fence here.
    func fence() -> CodeFence? {
        CodeFence(line: Substring(rest))
    }

    /// `#` to `######` and the heading text, without a closing sequence of `#`.
    func atxHeading() -> (Int, String)? {
        guard indent < 4 else { return nil }
        let text = rest.trimmingLeadingSpaces()
        let level = text.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let body = text.dropFirst(level)
        guard body.isEmpty || body.first == " " else { return nil }
        var words = body.trimmingCharacters(in: " ")
        let closing = words.reversed().prefix { $0 == "#" }.count
        if closing == words.count || words.dropLast(closing).last == " " { words = words.dropLast(closing).trimmingCharacters(in: " ") }
        return (level, words)
    }

    /// 1 for a line of `=`, 2 for a line of `-` (a setext underline).
    func setextLevel() -> Int? {
        guard indent < 4 else { return nil }
        let text = rest.trimmingCharacters(in: " ")
        guard let first = text.first, first == "=" || first == "-", text.allSatisfy({ $0 == first }) else { return nil }
        return first == "=" ? 1 : 2
    }

    /// Three or more `*`, `-` or `_` with only spaces between.
    var isThematicBreak: Bool {
        guard indent < 4 else { return false }
        let marks = rest.filter { $0 != " " }
        guard let first = marks.first, "*-_".contains(first) else { return false }
        return marks.count >= 3 && marks.allSatisfy { $0 == first }
    }

    /// Whether this line starts a block that ends an open paragraph, so it is no lazy
    /// continuation line of a paragraph in a block quote or list item.
    var interruptsParagraph: Bool {
        guard indent < 4 else { return false }
        if startsQuote || fence() != nil || atxHeading() != nil || isThematicBreak { return true }
        if let html = HTMLBlockStart(rest.trimmingLeadingSpaces()), html.end != .blankLineType7 { return true }
        return listItemWidth(interruptingParagraph: true) != nil
    }
}

extension StringProtocol {
    func trimmingCharacters(in character: Character) -> String {
        guard let first = firstIndex(where: { $0 != character }),
              let last = lastIndex(where: { $0 != character }) else { return "" }
        return String(self[first...last])
    }
}
