/// A Markdown code fence line (CommonMark): up to three spaces, then three or more
/// backticks or tildes, then an info string on opening fences.
///
///     ```nnlab exercise      opening: character "`", length 3, info "nnlab exercise"
///     ~~~~                   closes a ~~~ or ~~~~ fence
struct CodeFence: Equatable {
    /// The fence character, a backtick or a tilde.
    let character: Character
    /// How many fence characters the line has.
    let length: Int
    /// The column (1-based) of the first fence character.
    let column: Int
    /// The info string, trimmed; empty when there is none.
    let info: String

    /// The fence on a line, or nil when the line is not a fence.
    init?(line: Substring) {
        var indent = 0
        var index = line.startIndex
        while index < line.endIndex, line[index] == " ", indent < 4 {
            indent += 1
            index = line.index(after: index)
        }
        guard indent < 4, index < line.endIndex else { return nil }
        let character = line[index]
        guard character == "`" || character == "~" else { return nil }
        let rest = line[index...]
        let run = rest.prefix { $0 == character }
        guard run.count >= 3 else { return nil }
        let info = rest.dropFirst(run.count).trimmingSpaces()
        // A backtick fence's info string may not contain a backtick (it would be inline code).
        if character == "`", info.contains("`") { return nil }
        self.character = character
        self.length = run.count
        self.column = indent + 1
        self.info = String(info)
    }

    /// Whether `line` closes this fence: same character, at least as long, nothing after it.
    func isClosed(by line: Substring) -> Bool {
        guard let other = CodeFence(line: line) else { return false }
        return other.character == character && other.length >= length && other.info.isEmpty
    }

    /// The words of the info string, e.g. `["nnlab", "exercise"]`.
    var infoWords: [Substring] {
        info.split(whereSeparator: { $0 == " " || $0 == "\t" })
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }),
              let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}
