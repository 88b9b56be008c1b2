extension Parser {
    /// script := (statement? (';' | newline))* EOF
    mutating func parseScript() -> [Statement] {
        var statements: [Statement] = []
        while current.kind != .endOfFile, diagnostics.count < Parser.maximumDiagnostics {
            if current.kind == .newline || current.kind == .semicolon {
                advance()
                continue
            }
            do throws(ParseError) {
                statements.append(try parseStatement())
                try expectEnd(after: "the statement")
            } catch {
                if case .diagnosed(let diagnostic) = error { diagnostics.append(diagnostic) }
                depth = 0
                isSpaceSensitive = false
                synchronize()
            }
        }
        return statements
    }

    /// Skips to the end of the current statement after an error.
    mutating func synchronize() {
        while !current.endsStatement { advance() }
    }

    /// Requires a statement end (`;`, a line end, the end of input) next.
    mutating func expectEnd(after what: String) throws(ParseError) {
        guard current.endsStatement else {
            throw unexpected(expected: "';' or the end of the line after \(what)")
        }
    }

    /// statement := let | print | for | expect | command
    mutating func parseStatement() throws(ParseError) -> Statement {
        guard let name = current.identifier else {
            throw unexpected(expected: "a command", fix: "a line starts with a command such as 'train' or 'help'")
        }
        switch name {
        case "let": return try parseAssignment()
        case "print": return try parsePrint()
        case "for": return try parseFor()
        case "expect": return .expect(try parseExpectation())
        default: return .command(try parseCommand())
        }
    }

    /// let := 'let' NAME '=' expression
    mutating func parseAssignment() throws(ParseError) -> Statement {
        let start = advance().range
        guard let name = current.identifier else {
            throw unexpected(expected: "a variable name after 'let'")
        }
        let nameRange = advance().range
        try consume(.equals, "after the variable name (let NAME = value)")
        let value = try parseExpression()
        return .assignment(name: name, nameRange: nameRange, value: value, range: rangeFrom(start))
    }

    /// print := 'print' expression (',' expression)*
    mutating func parsePrint() throws(ParseError) -> Statement {
        let start = advance().range
        guard !current.endsStatement else { throw unexpected(expected: "a value to print") }
        var values = [try parseExpression()]
        while match(.comma) {
            values.append(try parseExpression())
        }
        return .print(values, range: rangeFrom(start))
    }

    /// for := 'for' NAME 'in' expression ':' statement (';' statement)*  — the rest of the line.
    mutating func parseFor() throws(ParseError) -> Statement {
        let start = advance().range
        guard let variable = current.identifier else {
            throw unexpected(expected: "a loop variable after 'for'")
        }
        let variableRange = advance().range
        guard current.identifier == "in" else { throw unexpected(expected: "'in' after the loop variable") }
        advance()
        let sequence = try parseExpression()
        try consume(.colon, "after the loop's values (for x in [1, 2]: …)")
        try enterNesting()
        defer { depth -= 1 }
        var body: [Statement] = []
        repeat {
            while current.kind == .semicolon { advance() }
            if current.kind == .newline || current.kind == .endOfFile { break }
            body.append(try parseStatement())
        } while current.kind == .semicolon
        guard !body.isEmpty else { throw unexpected(expected: "a command after ':' on the same line") }
        return .forLoop(
            variable: variable, variableRange: variableRange, sequence: sequence, body: body,
            range: rangeFrom(start))
    }

    /// expect := 'expect' expression ('~=' expression)? (option | STRING)*
    mutating func parseExpectation() throws(ParseError) -> Expectation {
        let keyword = advance()
        let condition = try parseExpression()
        var target: Expr?
        if match(.approxEqual) {
            target = try parseExpression()
        }
        var message: String?
        var options: [Argument] = []
        while !current.endsStatement {
            if case .string(let text) = current.kind, message == nil {
                message = text
                advance()
            } else if current.identifier != nil, peek().isSymbol(.equals) {
                options.append(try parseOption())
            } else {
                throw unexpected(expected: "an option (tol=, rtol=, points=) or a message in quotes")
            }
        }
        let range = rangeFrom(keyword.range)
        let command = Command(name: "expect", nameRange: keyword.range, arguments: options, range: range)
        return Expectation(
            condition: condition, approximateTarget: target, options: command, message: message, range: range)
    }
}
