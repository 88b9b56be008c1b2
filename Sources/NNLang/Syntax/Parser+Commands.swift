extension Parser {
    /// command := NAME (modelSpec)? argument*
    mutating func parseCommand() throws(ParseError) -> Command {
        let nameToken = advance()
        let name = nameToken.identifier ?? nameToken.lexeme
        if current.isSymbol(.equals) {
            throw unexpected(expected: "a value, an option key=value, or the end of the command",
                             fix: "options are written key=value after a command; a variable is defined with let \(name) = …")
        }
        var arguments: [Argument] = []
        if name == "model", !current.endsStatement, !isOptionStart {
            arguments.append(.model(try parseModelSpec()))
        }
        while !current.endsStatement {
            arguments.append(try parseArgument())
        }
        return Command(name: name, nameRange: nameToken.range, arguments: arguments, range: rangeFrom(nameToken.range))
    }

    /// Whether `key=` starts here.
    var isOptionStart: Bool { current.identifier != nil && peek().isSymbol(.equals) }

    /// argument := NAME '=' value | value   (values end at whitespace outside brackets)
    mutating func parseArgument() throws(ParseError) -> Argument {
        if isOptionStart { return try parseOption() }
        if current.isSymbol(.equals) || current.isSymbol(.arrow) || current.isSymbol(.colon)
            || current.isSymbol(.comma) {
            throw unexpected(expected: "a value, an option key=value, or the end of the command")
        }
        return .positional(try parseUnitValue())
    }

    /// option := NAME '=' value, with no spaces around '='.
    mutating func parseOption() throws(ParseError) -> Argument {
        let key = advance()
        let equals = advance()
        let name = key.identifier ?? key.lexeme
        if equals.hasSpaceBefore || current.hasSpaceBefore || current.endsStatement {
            let range = key.range.union(current.endsStatement ? equals.range : current.range)
            throw .diagnosed(Diagnostic(
                .spacedOption, "option '\(name)' needs a value right after '='", at: range,
                expected: "\(name)=value with no spaces around '='",
                fix: current.endsStatement ? "write \(name)=VALUE" : "write \(name)=\(current.lexeme)"))
        }
        let value = try parseUnitValue()
        return .option(name: name, value: value, nameRange: key.range)
    }

    /// A value in a command line: an expression that whitespace ends, outside brackets.
    mutating func parseUnitValue() throws(ParseError) -> Expr {
        let saved = isSpaceSensitive
        isSpaceSensitive = true
        defer { isSpaceSensitive = saved }
        return try parseExpression()
    }

    /// Whether an operator token continues the current value (in command lines a space ends it).
    func continuesValue(_ token: Token) -> Bool {
        !(isSpaceSensitive && token.hasSpaceBefore)
    }
}
