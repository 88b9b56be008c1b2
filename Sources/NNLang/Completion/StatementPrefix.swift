/// The typed part of a statement, in arguments split at spaces outside brackets:
/// `train lr=[0.1, ` is `train` and the unfinished `lr=[0.1, `.
struct StatementPrefix {
    /// The statement's text.
    let text: Substring
    /// The finished arguments, the command name first.
    let previous: [String]
    /// The argument the word belongs to, up to the word; empty when the word starts a new one.
    let current: String

    init(_ text: Substring) {
        self.text = text
        var arguments: [String] = []
        var argument = ""
        var depth = 0
        for character in text {
            if character == "[" || character == "(" { depth += 1 }
            if character == "]" || character == ")" { depth = max(0, depth - 1) }
            if character.isWhitespace, depth == 0 {
                if !argument.isEmpty { arguments.append(argument) }
                argument = ""
            } else {
                argument.append(character)
            }
        }
        previous = arguments
        current = argument
    }

    /// The key when the word is an option's value (`lr=`, `lr=[0.1, `).
    var optionKey: String? {
        guard let equals = current.firstIndex(of: "=") else { return nil }
        let key = current[..<equals]
        guard let first = key.first, first.isLetter || first == "_",
              key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return String(key)
    }

    /// The names `let NAME` and `for NAME` declare in `line`, usable later on it.
    static func declaredNames(in line: String) -> [String] {
        let words = line.split(whereSeparator: { $0.isWhitespace || $0 == ";" || $0 == ":" })
        return zip(words, words.dropFirst()).compactMap { keyword, name in
            keyword == "let" || keyword == "for" ? String(name) : nil
        }
    }
}
