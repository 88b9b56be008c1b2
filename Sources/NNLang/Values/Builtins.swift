import Elementary
import Foundation

/// The language's functions: `log exp sqrt abs min max round`, and `logu uniform choice` for sweeps.
public enum Builtins {
    /// Every function name, for help and suggestions.
    public static let names = ["log", "exp", "sqrt", "abs", "min", "max", "round", "logu", "uniform", "choice"]

    /// Calls a function on evaluated arguments.
    static func call(_ name: String, _ arguments: [Value], at range: SourceRange) throws(Diagnostic) -> Value {
        switch name {
        case "log", "exp", "sqrt", "abs", "round":
            let x = try numbers(name, arguments, count: 1, at: range)[0]
            return try unary(name, x, at: range)
        case "min", "max":
            return try extremum(name, arguments, at: range)
        case "logu", "uniform":
            let bounds = try numbers(name, arguments, count: 2, at: range)
            return try distribution(name, lower: bounds[0], upper: bounds[1], at: range)
        case "choice":
            let values = arguments.count == 1 ? arguments[0].list ?? arguments : arguments
            guard !values.isEmpty else {
                throw Diagnostic(.wrongArgumentCount, "choice needs at least one value", at: range,
                                 expected: "choice(a, b, …)")
            }
            return .distribution(.choice(values))
        default:
            throw Diagnostic(.unknownFunction, "unknown function '\(name)'", at: range,
                             expected: "one of " + names.joined(separator: ", "),
                             suggestion: NameSuggester.suggestion(for: name, among: names))
        }
    }

    static func unary(_ name: String, _ x: Double, at range: SourceRange) throws(Diagnostic) -> Value {
        let result: Double
        switch name {
        case "log":
            guard x > 0 else { throw domain("log needs a positive number, got \(formatNumber(x))", at: range) }
            result = Math.log(x)
        case "exp": result = Math.exp(x)
        case "sqrt":
            guard x >= 0 else { throw domain("sqrt needs a number ≥ 0, got \(formatNumber(x))", at: range) }
            result = x.squareRoot()
        case "abs": result = Swift.abs(x)
        default: result = x.rounded(.toNearestOrAwayFromZero)
        }
        guard result.isFinite else { throw domain("\(name)(\(formatNumber(x))) is too large", at: range) }
        return .number(result)
    }

    /// `min(a, b, …)` or `min([a, b, …])`.
    static func extremum(_ name: String, _ arguments: [Value], at range: SourceRange) throws(Diagnostic) -> Value {
        let values = arguments.count == 1 ? arguments[0].list ?? arguments : arguments
        var numbers: [Double] = []
        for value in values {
            guard let number = value.number else {
                throw Diagnostic(.typeMismatch, "\(name) needs numbers, not \(value.kindDescription)", at: range)
            }
            numbers.append(number)
        }
        guard let first = numbers.first else {
            throw Diagnostic(.wrongArgumentCount, "\(name) needs at least one number", at: range,
                             expected: "\(name)(a, b, …)")
        }
        return .number(numbers.dropFirst().reduce(first) { name == "min" ? Swift.min($0, $1) : Swift.max($0, $1) })
    }

    static func distribution(_ name: String, lower: Double, upper: Double, at range: SourceRange)
        throws(Diagnostic) -> Value {
        guard lower < upper else {
            throw domain("\(name) needs its lower bound below its upper bound", at: range)
        }
        if name == "logu" {
            guard lower > 0 else { throw domain("logu needs positive bounds, like logu(1e-4, 1e-1)", at: range) }
            return .distribution(.logUniform(lower: lower, upper: upper))
        }
        return .distribution(.uniform(lower: lower, upper: upper))
    }

    static func numbers(_ name: String, _ arguments: [Value], count: Int, at range: SourceRange)
        throws(Diagnostic) -> [Double] {
        guard arguments.count == count else {
            throw Diagnostic(.wrongArgumentCount,
                             "\(name) takes \(count) argument\(count == 1 ? "" : "s"), got \(arguments.count)",
                             at: range)
        }
        var result: [Double] = []
        for argument in arguments {
            guard let number = argument.number else {
                throw Diagnostic(.typeMismatch, "\(name) needs a number, not \(argument.kindDescription)", at: range)
            }
            result.append(number)
        }
        return result
    }

    /// `a^b` in Double; NaN for a negative base with a fractional exponent.
    static func power(_ base: Double, _ exponent: Double) -> Double {
        Math.pow(base, exponent)
    }

    static func domain(_ message: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(.domainError, message, at: range)
    }
}
