/// Unary operators.
public enum UnaryOperator: String, Sendable {
    /// Arithmetic negation `-x`.
    case negate = "-"
    /// Logical `not x`.
    case not
}

/// Binary operators, from loosest to tightest binding: `or`, `and`, comparisons, `+ -`, `* /`, `^`.
public enum BinaryOperator: String, Sendable {
    /// Logical or.
    case or
    /// Logical and.
    case and
    /// `<`
    case less = "<"
    /// `<=`
    case lessEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterEqual = ">="
    /// `==`
    case equal = "=="
    /// `!=`
    case notEqual = "!="
    /// `+`
    case add = "+"
    /// `-`
    case subtract = "-"
    /// `*`
    case multiply = "*"
    /// `/`
    case divide = "/"
    /// `^`, right-associative.
    case power = "^"
}

/// An expression: wherever the language expects a value.
public indirect enum Expr: Equatable, Sendable {
    /// A number literal.
    case number(Double, SourceRange)
    /// A string literal.
    case string(String, SourceRange)
    /// `true` or `false`.
    case bool(Bool, SourceRange)
    /// A name: a variable, a published result, or a bare word such as `relu` or `all`.
    case name(String, SourceRange)
    /// `???`, a lesson hole.
    case hole(SourceRange)
    /// `[a, b, c]`
    case list([Expr], SourceRange)
    /// `-x`, `not x`
    case unary(UnaryOperator, Expr, SourceRange)
    /// `a + b` and the other binary operators.
    case binary(BinaryOperator, Expr, Expr, SourceRange)
    /// `1..2`, an inclusive range of integers.
    case range(Expr, Expr, SourceRange)
    /// `log(3)`, `logu(1e-4, 1e-1)`
    case call(String, [Expr], SourceRange)
    /// `best.lr`
    case field(Expr, String, SourceRange)

    /// Where the expression is in the source.
    public var range: SourceRange {
        switch self {
        case .number(_, let range), .string(_, let range), .bool(_, let range), .name(_, let range),
             .hole(let range), .list(_, let range), .unary(_, _, let range), .binary(_, _, _, let range),
             .range(_, _, let range), .call(_, _, let range), .field(_, _, let range):
            range
        }
    }

    /// The same expression placed at `range` (a parenthesized one spans its parentheses).
    func placed(at range: SourceRange) -> Expr {
        switch self {
        case .number(let value, _): .number(value, range)
        case .string(let text, _): .string(text, range)
        case .bool(let value, _): .bool(value, range)
        case .name(let name, _): .name(name, range)
        case .hole: .hole(range)
        case .list(let items, _): .list(items, range)
        case .unary(let op, let operand, _): .unary(op, operand, range)
        case .binary(let op, let lhs, let rhs, _): .binary(op, lhs, rhs, range)
        case .range(let lower, let upper, _): .range(lower, upper, range)
        case .call(let name, let arguments, _): .call(name, arguments, range)
        case .field(let base, let name, _): .field(base, name, range)
        }
    }

    /// The name, when the expression is a bare name (a word).
    public var bareName: String? {
        if case .name(let name, _) = self { return name }
        return nil
    }

    /// A fully parenthesized prefix form for tests and debugging, e.g. `(+ 1 (* 2 3))`.
    public var sExpression: String {
        switch self {
        case .number(let value, _): formatNumber(value)
        case .string(let text, _): "\"\(text)\""
        case .bool(let value, _): value ? "true" : "false"
        case .name(let name, _): name
        case .hole: "???"
        case .list(let items, _): "[" + items.map(\.sExpression).joined(separator: " ") + "]"
        case .unary(let op, let operand, _): "(\(op.rawValue) \(operand.sExpression))"
        case .binary(let op, let lhs, let rhs, _): "(\(op.rawValue) \(lhs.sExpression) \(rhs.sExpression))"
        case .range(let lower, let upper, _): "(.. \(lower.sExpression) \(upper.sExpression))"
        case .call(let name, let arguments, _):
            "(\(name)" + arguments.map { " " + $0.sExpression }.joined() + ")"
        case .field(let base, let name, _): "(. \(base.sExpression) \(name))"
        }
    }
}
