extension Parser {
    /// expression := or
    mutating func parseExpression() throws(ParseError) -> Expr {
        try enterNesting()
        defer { depth -= 1 }
        return try parseOr()
    }

    /// or := and ('or' and)*
    mutating func parseOr() throws(ParseError) -> Expr {
        var expr = try parseAnd()
        var levels = 0
        defer { depth -= levels }
        while current.kind == .keyword(.or), continuesValue(current) {
            try enterNesting()
            levels += 1
            advance()
            let rhs = try parseAnd()
            expr = .binary(.or, expr, rhs, expr.range.union(rhs.range))
        }
        return expr
    }

    /// and := not ('and' not)*
    mutating func parseAnd() throws(ParseError) -> Expr {
        var expr = try parseNot()
        var levels = 0
        defer { depth -= levels }
        while current.kind == .keyword(.and), continuesValue(current) {
            try enterNesting()
            levels += 1
            advance()
            let rhs = try parseNot()
            expr = .binary(.and, expr, rhs, expr.range.union(rhs.range))
        }
        return expr
    }

    /// not := 'not' not | comparison
    mutating func parseNot() throws(ParseError) -> Expr {
        guard current.kind == .keyword(.not) else { return try parseComparison() }
        let start = advance().range
        try enterNesting()
        defer { depth -= 1 }
        let operand = try parseNot()
        return .unary(.not, operand, start.union(operand.range))
    }

    /// comparison := range (('<' | '<=' | '>' | '>=' | '==' | '!=') range)?   — not chained.
    mutating func parseComparison() throws(ParseError) -> Expr {
        let lhs = try parseRange()
        guard case .symbol(let symbol) = current.kind, let op = Parser.comparison(symbol),
              continuesValue(current) else { return lhs }
        advance()
        let rhs = try parseRange()
        if case .symbol(let next) = current.kind, Parser.comparison(next) != nil, continuesValue(current) {
            throw unexpected(expected: "one comparison at a time", fix: "join comparisons with 'and'")
        }
        return .binary(op, lhs, rhs, lhs.range.union(rhs.range))
    }

    static func comparison(_ symbol: Symbol) -> BinaryOperator? {
        switch symbol {
        case .less: .less
        case .lessEqual: .lessEqual
        case .greater: .greater
        case .greaterEqual: .greaterEqual
        case .equalEqual: .equal
        case .notEqual: .notEqual
        default: nil
        }
    }

    /// range := additive ('..' additive)?
    mutating func parseRange() throws(ParseError) -> Expr {
        let lower = try parseAdditive()
        guard current.isSymbol(.dotDot), continuesValue(current) else { return lower }
        advance()
        let upper = try parseAdditive()
        return .range(lower, upper, lower.range.union(upper.range))
    }

    /// additive := multiplicative (('+' | '-') multiplicative)*
    mutating func parseAdditive() throws(ParseError) -> Expr {
        var expr = try parseMultiplicative()
        var levels = 0
        defer { depth -= levels }
        while continuesValue(current), let op = additiveOperator(current) {
            try enterNesting()
            levels += 1
            advance()
            let rhs = try parseMultiplicative()
            expr = .binary(op, expr, rhs, expr.range.union(rhs.range))
        }
        return expr
    }

    func additiveOperator(_ token: Token) -> BinaryOperator? {
        token.isSymbol(.plus) ? .add : token.isSymbol(.minus) ? .subtract : nil
    }

    /// multiplicative := unary (('*' | '/') unary)*
    mutating func parseMultiplicative() throws(ParseError) -> Expr {
        var expr = try parseUnary()
        var levels = 0
        defer { depth -= levels }
        while continuesValue(current), let op = multiplicativeOperator(current) {
            try enterNesting()
            levels += 1
            advance()
            if current.isSymbol(.star) {
                throw unexpected(expected: "a value after '*'", fix: "powers are written with '^', e.g. 2^10")
            }
            let rhs = try parseUnary()
            expr = .binary(op, expr, rhs, expr.range.union(rhs.range))
        }
        return expr
    }

    func multiplicativeOperator(_ token: Token) -> BinaryOperator? {
        token.isSymbol(.star) ? .multiply : token.isSymbol(.slash) ? .divide : nil
    }

    /// unary := '-' unary | power
    mutating func parseUnary() throws(ParseError) -> Expr {
        guard current.isSymbol(.minus) else { return try parsePower() }
        let start = advance().range
        try enterNesting()
        defer { depth -= 1 }
        let operand = try parseUnary()
        return .unary(.negate, operand, start.union(operand.range))
    }

    /// power := postfix ('^' unary)?   — right-associative, binding tighter than unary minus on its left.
    mutating func parsePower() throws(ParseError) -> Expr {
        let base = try parsePostfix()
        guard current.isSymbol(.caret), continuesValue(current) else { return base }
        advance()
        try enterNesting()
        defer { depth -= 1 }
        let exponent = try parseUnary()
        return .binary(.power, base, exponent, base.range.union(exponent.range))
    }

    /// postfix := primary ('.' NAME)*
    mutating func parsePostfix() throws(ParseError) -> Expr {
        var expr = try parsePrimary()
        var levels = 0
        defer { depth -= levels }
        while current.isSymbol(.dot), continuesValue(current) {
            try enterNesting()
            levels += 1
            advance()
            guard let field = current.identifier else { throw unexpected(expected: "a field name after '.'") }
            expr = .field(expr, field, expr.range.union(advance().range))
        }
        return expr
    }
}
