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
        self.info = String(info)
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
