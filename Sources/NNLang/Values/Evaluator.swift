/// Evaluates expressions against an environment; errors are diagnostics with the expression's position.
public struct Evaluator {
    /// The longest list a range may produce.
    public static let maximumRangeLength = 100_000

    /// Where names are looked up.
    public let environment: any Environment

    /// Creates an evaluator reading names from an environment.
    public init(environment: any Environment) {
        self.environment = environment
    }

    /// The value of an expression.
    public func evaluate(_ expr: Expr) throws(Diagnostic) -> Value {
        switch expr {
        case .number(let value, let range):
            return try finite(value, at: range)
        case .string(let text, _):
            return .string(text)
        case .bool(let value, _):
            return .bool(value)
        case .name(let name, let range):
            return try lookup(name, at: range)
        case .hole(let range):
            throw Diagnostic(.unfilledHole, "a hole '???' is left to fill", at: range,
                             expected: "a value in place of '???'", fix: "replace ??? with your answer")
        case .list(let items, _):
            var values: [Value] = []
            for item in items { values.append(try evaluate(item)) }
            return .list(values)
        case .unary(let op, let operand, let range):
            return try evaluateUnary(op, try evaluate(operand), at: range)
        case .binary(let op, let lhs, let rhs, let range):
            return try evaluateBinary(op, lhs, rhs, at: range)
        case .range(let lower, let upper, let range):
            return try evaluateRange(lower, upper, at: range)
        case .call(let name, let arguments, let range):
            var values: [Value] = []
            for argument in arguments { values.append(try evaluate(argument)) }
            return try Builtins.call(name, values, at: range)
        case .field(let base, let name, let range):
            return try evaluateField(try evaluate(base), name, at: range)
        }
    }

    /// Refuses `let` on a read-only result name, saying why.
    public func checkAssignable(_ name: String, at range: SourceRange) throws(Diagnostic) {
        guard environment.isResultName(name) else { return }
        let publisher = ResultCatalog.result(named: name)?.publishers.joined(separator: "', '") ?? "a command"
        throw Diagnostic(
            .readOnlyName, "'\(name)' is a result, published by '\(publisher)'; results are read-only",
            at: range, expected: "a name that is not a result",
            fix: "choose another name, e.g. my_\(name); results can only be measured, so checks can trust them")
    }

    func lookup(_ name: String, at range: SourceRange) throws(Diagnostic) -> Value {
        if let value = environment.lookup(name) { return value }
        if environment.isResultName(name) {
            let publisher = ResultCatalog.result(named: name)?.publishers.joined(separator: "' or '") ?? "a command"
            throw Diagnostic(.notMeasuredYet, "'\(name)' is not measured yet", at: range,
                             fix: "run '\(publisher)' first; it publishes '\(name)'")
        }
        let candidates = environment.definedNames + ResultCatalog.all.map(\.name)
        throw Diagnostic(
            .undefinedName, "unknown name '\(name)'", at: range, expected: "a variable (let) or a result name",
            suggestion: NameSuggester.suggestion(for: name, among: candidates),
            fix: "define it with 'let \(name) = …', or quote a word: \"\(name)\"")
    }

    func finite(_ value: Double, at range: SourceRange) throws(Diagnostic) -> Value {
        guard value.isFinite else {
            throw Diagnostic(.domainError, "the result is \(formatNumber(value))", at: range,
                             expected: "a finite number", fix: "check for overflow or a division by zero")
        }
        return .number(value)
    }

    func evaluateUnary(_ op: UnaryOperator, _ operand: Value, at range: SourceRange) throws(Diagnostic) -> Value {
        switch (op, operand) {
        case (.negate, .number(let value)): return .number(-value)
        case (.not, .bool(let value)): return .bool(!value)
        case (.negate, _):
            throw typeMismatch("'-' needs a number, not \(operand.kindDescription)", at: range)
        case (.not, _):
            throw typeMismatch("'not' needs true or false, not \(operand.kindDescription)", at: range)
        }
    }

    func evaluateField(_ base: Value, _ name: String, at range: SourceRange) throws(Diagnostic) -> Value {
        guard case .record(let record) = base else {
            throw typeMismatch("'.\(name)' reads a field of a record, not of \(base.kindDescription)", at: range)
        }
        guard let value = record[name] else {
            let names = record.fields.map(\.name)
            throw Diagnostic(.unknownField, "the record has no field '\(name)'", at: range,
                             expected: "one of " + names.joined(separator: ", "),
                             suggestion: NameSuggester.suggestion(for: name, among: names))
        }
        return value
    }

    func typeMismatch(_ message: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(.typeMismatch, message, at: range)
    }
}
