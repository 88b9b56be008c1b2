extension Parser {
    /// primary := NUMBER | STRING | 'true' | 'false' | '???' | NAME | call | '(' expression ')' | list
    mutating func parsePrimary() throws(ParseError) -> Expr {
        let token = current
        switch token.kind {
        case .number(let value):
            advance()
            return .number(value, token.range)
        case .string(let text):
            advance()
            return .string(text, token.range)
        case .keyword(.true), .keyword(.false):
            advance()
            return .bool(token.kind == .keyword(.true), token.range)
        case .hole:
            advance()
            return .hole(token.range)
        case .identifier(let name):
            advance()
            if current.isSymbol(.leftParen), !current.hasSpaceBefore || !isSpaceSensitive {
                return try parseCall(name, start: token.range)
            }
            return .name(name, token.range)
        case .symbol(.leftParen):
            return try parseParenthesized()
        case .symbol(.leftBracket):
            return try parseList()
        default:
            throw unexpected(expected: "a value (a number, a string, a name, a list or '(')")
        }
    }

    /// call := NAME '(' (expression (',' expression)*)? ')'
    mutating func parseCall(_ name: String, start: SourceRange) throws(ParseError) -> Expr {
        let arguments = try parseDelimited(closing: .rightParen, context: "to close the call of '\(name)'")
        return .call(name, arguments, rangeFrom(start))
    }

    /// '(' expression ')'
    mutating func parseParenthesized() throws(ParseError) -> Expr {
        let start = current.range
        advance()
        let saved = isSpaceSensitive
        isSpaceSensitive = false
        defer { isSpaceSensitive = saved }
        let inner = try parseExpression()
        try consume(.rightParen, "to close '('")
        return inner.placed(at: rangeFrom(start))
    }

    /// list := '[' (expression (',' expression)* ','?)? ']'
    mutating func parseList() throws(ParseError) -> Expr {
        let start = current.range
        let items = try parseDelimited(closing: .rightBracket, context: "to close the list")
        return .list(items, rangeFrom(start))
    }

    /// Comma-separated expressions after an opening bracket or parenthesis, up to the closing one.
    mutating func parseDelimited(closing: Symbol, context: String) throws(ParseError) -> [Expr] {
        advance()
        let saved = isSpaceSensitive
        isSpaceSensitive = false
        defer { isSpaceSensitive = saved }
        var items: [Expr] = []
        while !current.isSymbol(closing) {
            items.append(try parseExpression())
            guard match(.comma) else { break }
        }
        try consume(closing, context)
        return items
    }
}
