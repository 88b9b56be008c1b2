extension Lexer {
    /// `3`, `0.5`, `1e-3`; malformed and overflowing numbers are diagnosed and still yield a token.
    mutating func scanNumber() {
        skipDigits()
        if peek == ".", let after = peek(at: 1), after.isASCIIDigit {
            index += 1
            skipDigits()
        } else if peek == ".", peek(at: 1) != ".", peek(at: 1)?.isIdentifierStart != true {
            index += 1
            report(.malformedNumber, "malformed number '\(lexeme)'", expected: "a digit after '.'",
                   fix: "write \(lexeme)0 or \(lexeme.dropLast())")
            add(.invalid)
            return
        }
        if peek == "e" || peek == "E" {
            guard scanExponent() else { return }
        }
        if let next = peek, next.isIdentifierContinuation {
            while let more = peek, more.isIdentifierContinuation { index += 1 }
            report(.malformedNumber, "malformed number '\(lexeme)'",
                   expected: "a space or an operator after a number")
            add(.invalid)
            return
        }
        addNumber()
    }

    mutating func skipDigits() {
        while let next = peek, next.isASCIIDigit { index += 1 }
    }

    /// Scans `e`, an optional sign and digits; false (after a diagnostic) when the digits are missing.
    mutating func scanExponent() -> Bool {
        let sign = peek(at: 1)
        let digitOffset = (sign == "+" || sign == "-") ? 2 : 1
        guard let digit = peek(at: digitOffset), digit.isASCIIDigit else {
            index += 1
            while let more = peek, more.isIdentifierContinuation { index += 1 }
            report(.malformedNumber, "malformed number '\(lexeme)'", expected: "digits after 'e' (like 1e-3)")
            add(.invalid)
            return false
        }
        index += digitOffset
        skipDigits()
        return true
    }

    mutating func addNumber() {
        let value = Double(lexeme) ?? .infinity
        if !value.isFinite {
            report(.numberOverflow, "number '\(Lexer.shortened(lexeme))' is too large",
                   expected: "a number below 1.8e308", fix: "use a smaller number")
        }
        add(.number(value))
    }

    /// A string on one line with escapes `\" \\ \n \t \r \u{…}`.
    mutating func scanString() {
        var value = String.UnicodeScalarView()
        while let next = peek, !next.isLineBreak, next != "\"" {
            index += 1
            switch next {
            case "\\": value.append(contentsOf: scanEscape().unicodeScalars)
            case "\u{FFFD}": report(.invalidEncoding, "invalid UTF-8 bytes in a string", range: lastCharacterRange)
            case _ where next.isControlOrBinary:
                report(.controlCharacter, "control character \(next.escapedForDisplay) in a string",
                       range: lastCharacterRange, fix: "write it as an escape, like \\t or \\u{1}")
            default: value.append(next)
            }
        }
        let text = String(value)
        if peek == "\"" {
            index += 1
        } else {
            report(.unterminatedString, "unterminated string", expected: "a closing '\"' on the same line",
                   fix: "add '\"' at the end of the string")
        }
        add(.string(text))
    }

    var lastCharacterRange: SourceRange { SourceRange(line: line, column: Int(columns[index - 1])) }

    mutating func scanEscape() -> String {
        guard let next = peek, !next.isLineBreak else { return "" }
        index += 1
        switch next {
        case "\"": return "\""
        case "\\": return "\\"
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "u" where peek == "{": return scanUnicodeEscape()
        default:
            let start = Int(columns[index - 2])
            let range = SourceRange(line: line, column: start, length: column - start)
            report(.invalidEscape, "unknown escape '\\\(next.escapedForDisplay)' in a string", range: range,
                   expected: "one of \\\" \\\\ \\n \\t \\r \\u{…}")
            return ""
        }
    }

    mutating func scanUnicodeEscape() -> String {
        let escapeColumn = Int(columns[index - 2])
        index += 1
        var digits = ""
        while let next = peek, next.isHexDigit, digits.count < 8 {
            digits.unicodeScalars.append(next)
            index += 1
        }
        let closed = peek == "}"
        if closed { index += 1 }
        if closed, let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code) {
            return String(scalar)
        }
        let range = SourceRange(line: line, column: escapeColumn, length: column - escapeColumn)
        report(.invalidEscape, "invalid unicode escape in a string", range: range,
               expected: "\\u{…} with 1 to 8 hexadecimal digits of a valid code point")
        return ""
    }

    /// A lexeme cut to 40 characters for messages (a 1 MB number stays readable).
    static func shortened(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(37)) + "..." : text
    }
}

