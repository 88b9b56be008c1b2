extension Lexer {
    /// Scans one token (or skips whitespace, a comment or a line continuation).
    mutating func scanToken() {
        beginToken()
        let character = advance()
        switch character {
        case " ", "\t":
            sawSpace = true
        case "\n", "\r":
            if character == "\r", peek == "\n" { index += 1 }
            add(.newline)
            line += 1
            sawSpace = true
        case "#":
            while let next = peek, !next.isLineBreak { index += 1 }
        case "\\":
            scanContinuation()
        case ";":
            add(.semicolon)
        case "\"":
            scanString()
        case _ where character.isASCIIDigit:
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
        guard let next = peek else {
            endsWithContinuation = true
            return
        }
        if next.isLineBreak {
            index += 1
            finishLineBreak(next)
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
    mutating func scanOperator(_ first: Unicode.Scalar) {
        if let symbol = Lexer.twoCharacterSymbol(first, peek) {
            index += 1
            add(.symbol(symbol))
        } else if first == "?", peek == "?", peek(at: 1) == "?" {
            index += 2
            add(.hole)
        } else if let symbol = Lexer.oneCharacterSymbol(first) {
            add(.symbol(symbol))
        } else {
            scanRejected(first)
        }
    }

    static func twoCharacterSymbol(_ first: Unicode.Scalar, _ second: Unicode.Scalar?) -> Symbol? {
        switch (first, second) {
        case (".", "."): .dotDot
        case ("-", ">"): .arrow
        case ("<", "="): .lessEqual
        case (">", "="): .greaterEqual
        case ("=", "="): .equalEqual
        case ("!", "="): .notEqual
        case ("~", "="): .approxEqual
        default: nil
        }
    }

    static func oneCharacterSymbol(_ scalar: Unicode.Scalar) -> Symbol? {
        switch scalar {
        case "[": .leftBracket
        case "]": .rightBracket
        case "(": .leftParen
        case ")": .rightParen
        case ",": .comma
        case ".": .dot
        case "=": .equals
        case ":": .colon
        case "+": .plus
        case "-": .minus
        case "*": .star
        case "/": .slash
        case "^": .caret
        case "<": .less
        case ">": .greater
        default: nil
        }
    }

    /// Reports a character that starts no token, collapsing runs of control bytes or bad encoding.
    mutating func scanRejected(_ first: Unicode.Scalar) {
        let isEncoding = first == "\u{FFFD}"
        if isEncoding || first.isControlOrBinary {
            while let next = peek, isEncoding ? next == "\u{FFFD}" : next.isControlOrBinary { index += 1 }
        }
        if diagnostics.count < Parser.maximumDiagnostics {
            reportRejected(first, isEncoding: isEncoding)
        }
        add(.invalid)
    }

    mutating func reportRejected(_ first: Unicode.Scalar, isEncoding: Bool) {
        if isEncoding {
            report(.invalidEncoding, "invalid UTF-8 bytes in the source", fix: "save the file as UTF-8 text")
        } else if first.isControlOrBinary {
            report(.controlCharacter, "control character \(first.escapedForDisplay) in the source",
                   fix: "is this a binary file? nnlab reads UTF-8 text")
        } else {
            let (message, fix) = Lexer.explainRejected(first)
            report(.unexpectedCharacter, message, fix: fix)
        }
    }

    static func explainRejected(_ character: Unicode.Scalar) -> (String, String?) {
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

