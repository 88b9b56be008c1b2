extension Lexer {
    /// Scans one token (or skips whitespace, a comment or a line continuation).
    mutating func scanToken() {
        beginToken()
        let character = advance()
        switch character {
        case " ", "\t":
            sawSpace = true
        case "\n", "\r\n", "\r":
            add(.newline)
            startNewLine()
        case "#":
            while let next = peek, !next.isLineBreak { index += 1 }
        case "\\":
            scanContinuation()
        case ";":
            add(.semicolon)
        case "\"":
            scanString()
        case "0"..."9":
            scanNumber()
        case _ where character.isIdentifierStart:
            scanIdentifier()
        default:
            scanOperator(character)
        }
    }

    /// A backslash must end its line (spaces and a comment may follow); the line break is then skipped.
    mutating func scanContinuation() {
        while let next = peek, next == " " || next == "\t" { index += 1 }
        if peek == "#" {
            while let next = peek, !next.isLineBreak { index += 1 }
        }
        guard let next = peek else { return }
        if next.isLineBreak {
            index += 1
            startNewLine()
            return
        }
        index = tokenStart + 1
        report(.strayBackslash, "a backslash continues a line only at its end",
               expected: "a line break after '\\'",
               fix: "remove the backslash, or break the line right after it")
        add(.invalid)
    }

    mutating func scanIdentifier() {
        while let next = peek, next.isIdentifierContinuation { index += 1 }
        let name = lexeme
        if let keyword = Keyword(rawValue: name) {
            add(.keyword(keyword))
        } else {
            add(.identifier(name))
        }
    }

    /// Operators, longest match first; anything else is a run of rejected characters.
    mutating func scanOperator(_ first: Character) {
        let two = peek.map { String(first) + String($0) }
        if let two, let symbol = Symbol(rawValue: two) {
            index += 1
            add(.symbol(symbol))
            return
        }
        if first == "?", peek == "?", peek(at: 1) == "?" {
            index += 2
            add(.hole)
            return
        }
        if let symbol = Symbol(rawValue: String(first)) {
            add(.symbol(symbol))
            return
        }
        scanRejected(first)
    }

    /// Reports a character that starts no token, collapsing runs of control bytes or bad encoding.
    mutating func scanRejected(_ first: Character) {
        if first.isControlOrBinary || first == "\u{FFFD}" {
            let isEncoding = first == "\u{FFFD}"
            while let next = peek, isEncoding ? next == "\u{FFFD}" : next.isControlOrBinary { index += 1 }
            if isEncoding {
                report(.invalidEncoding, "invalid UTF-8 bytes in the source",
                       fix: "save the file as UTF-8 text")
            } else {
                report(.controlCharacter, "control character \(first.escapedForDisplay) in the source",
                       fix: "is this a binary file? nnlab reads UTF-8 text")
            }
        } else {
            let (message, fix) = Lexer.explainRejected(first)
            report(.unexpectedCharacter, message, fix: fix)
        }
        add(.invalid)
    }

    static func explainRejected(_ character: Character) -> (String, String?) {
        let shown = "unexpected character '\(character.escapedForDisplay)'"
        switch character {
        case "'": return (shown, "strings use double quotes: \"text\"")
        case "!": return (shown, "write 'not' for negation, '!=' for inequality")
        case "&": return (shown, "write 'and'")
        case "|": return (shown, "write 'or'")
        case "?": return (shown, "a hole to fill is written '???'")
        case "~": return (shown, "approximately equal is written '~='")
        default: return (shown, nil)
        }
    }
}

extension Character {
    /// Letters and `_` start identifiers.
    var isIdentifierStart: Bool { self == "_" || (isLetter && !isControlOrBinary) }

    /// Letters, digits and `_` continue identifiers.
    var isIdentifierContinuation: Bool { isIdentifierStart || ("0"..."9").contains(self) }

    /// C0 controls other than tab and line breaks, DEL and C1 controls.
    var isControlOrBinary: Bool {
        guard !isLineBreak, self != "\t", let scalar = unicodeScalars.first else { return false }
        return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The character as it can be shown safely: controls as `\u{1}`, others as they are.
    var escapedForDisplay: String {
        if isControlOrBinary || isLineBreak {
            return unicodeScalars.map { "\\u{\(String($0.value, radix: 16))}" }.joined()
        }
        return String(self)
    }
}
