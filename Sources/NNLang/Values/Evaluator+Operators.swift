extension Evaluator {
    func evaluateBinary(
        _ op: BinaryOperator, _ lhsExpr: Expr, _ rhsExpr: Expr, at range: SourceRange
    ) throws(Diagnostic) -> Value {
        let lhs = try evaluate(lhsExpr)
        if op == .and || op == .or {
            return try evaluateLogical(op, lhs, rhsExpr, at: range)
        }
        let rhs = try evaluate(rhsExpr)
        switch op {
        case .equal: return .bool(lhs.isEquivalent(to: rhs))
        case .notEqual: return .bool(!lhs.isEquivalent(to: rhs))
        case .less, .lessEqual, .greater, .greaterEqual: return try compare(op, lhs, rhs, at: range)
        default: return try arithmetic(op, lhs, rhs, at: range)
        }
    }

    /// `and` / `or`, short-circuiting.
    func evaluateLogical(_ op: BinaryOperator, _ lhs: Value, _ rhsExpr: Expr, at range: SourceRange)
        throws(Diagnostic) -> Value {
        guard case .bool(let left) = lhs else {
            throw typeMismatch("'\(op.rawValue)' needs true or false, not \(lhs.kindDescription)", at: range)
        }
        if op == .and && !left { return .bool(false) }
        if op == .or && left { return .bool(true) }
        let rhs = try evaluate(rhsExpr)
        guard case .bool(let right) = rhs else {
            throw typeMismatch("'\(op.rawValue)' needs true or false, not \(rhs.kindDescription)", at: range)
        }
        return .bool(right)
    }

    func compare(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value, at range: SourceRange)
        throws(Diagnostic) -> Value {
        let ordered: Bool
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): ordered = order(op, a, b)
        case (.string(let a), .string(let b)): ordered = order(op, a, b)
        default:
            throw typeMismatch(
                "'\(op.rawValue)' compares two numbers, not \(lhs.kindDescription) and \(rhs.kindDescription)",
                at: range)
        }
        return .bool(ordered)
    }

    func order<T: Comparable>(_ op: BinaryOperator, _ a: T, _ b: T) -> Bool {
        switch op {
        case .less: a < b
        case .lessEqual: a <= b
        case .greater: a > b
        default: a >= b
        }
    }

    func arithmetic(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value, at range: SourceRange)
        throws(Diagnostic) -> Value {
        if op == .add, case .string(let a) = lhs, case .string(let b) = rhs { return .string(a + b) }
        guard case .number(let a) = lhs, case .number(let b) = rhs else {
            throw typeMismatch(
                "'\(op.rawValue)' needs two numbers, not \(lhs.kindDescription) and \(rhs.kindDescription)",
                at: range)
        }
        switch op {
        case .add: return try finite(a + b, at: range)
        case .subtract: return try finite(a - b, at: range)
        case .multiply: return try finite(a * b, at: range)
        case .divide:
            guard b != 0 else {
                throw Diagnostic(.domainError, "division by zero", at: range, expected: "a divisor other than 0")
            }
            return try finite(a / b, at: range)
        default:
            let result = Builtins.power(a, b)
            guard !result.isNaN else {
                throw Diagnostic(.domainError, "\(formatNumber(a))^\(formatNumber(b)) is not a real number",
                                 at: range, expected: "a whole exponent for a negative base")
            }
            return try finite(result, at: range)
        }
    }

    /// `lo..hi`: the whole numbers from lo to hi inclusive.
    func evaluateRange(_ lowerExpr: Expr, _ upperExpr: Expr, at range: SourceRange) throws(Diagnostic) -> Value {
        let lower = try evaluate(lowerExpr)
        let upper = try evaluate(upperExpr)
        guard let low = lower.exactInteger, let high = upper.exactInteger else {
            throw typeMismatch("a range joins two whole numbers, like 1..3", at: range)
        }
        guard low <= high else {
            throw Diagnostic(.domainError, "the range \(low)..\(high) is empty", at: range,
                             expected: "the smaller number first")
        }
        let (span, overflow) = high.subtractingReportingOverflow(low)
        guard !overflow, span < Evaluator.maximumRangeLength else {
            throw Diagnostic(.domainError, "the range \(low)..\(high) is too long", at: range,
                             expected: "at most \(Evaluator.maximumRangeLength) numbers")
        }
        return .list((low...high).map { .number(Double($0)) })
    }
}
