/// A value of the language: what expressions evaluate to and what options hold. Never `Any`.
///
/// Integers are numbers whose value is whole; `exactInteger` converts without trapping.
public enum Value: Hashable, Sendable, CustomStringConvertible {
    /// A number (all arithmetic is in Double).
    case number(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// Text, from a string literal.
    case string(String)
    /// A bare word from the schema's set, e.g. `relu`, `all`, `best`, or a result such as a diagnosis.
    case word(String)
    /// `[a, b, c]`, also the value of a range `1..3`.
    case list([Value])
    /// A record with ordered fields, e.g. `best`.
    case record(Record)
    /// `logu(lo, hi)`, `uniform(lo, hi)`, `choice(…)`: a sweep's search space, never sampled here.
    case distribution(Distribution)

    /// The number, if this is one.
    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The number as an Int when it is finite, whole and representable (`Int(exactly:)`, never trapping).
    public var exactInteger: Int? {
        guard case .number(let value) = self, value.isFinite else { return nil }
        return Int(exactly: value)
    }

    /// The Boolean, if this is one.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The text of a string or a word.
    public var text: String? {
        switch self {
        case .string(let text), .word(let text): text
        default: nil
        }
    }

    /// The items, if this is a list.
    public var list: [Value]? {
        if case .list(let items) = self { return items }
        return nil
    }

    /// "a number", "a list", … for messages.
    public var kindDescription: String {
        switch self {
        case .number: "a number"
        case .bool: "true or false"
        case .string: "a string"
        case .word: "a word"
        case .list: "a list"
        case .record: "a record"
        case .distribution: "a distribution"
        }
    }

    /// The value as `print` shows it: numbers with 4 significant digits, strings without quotes.
    public var description: String {
        switch self {
        case .string(let text): text
        default: literal
        }
    }

    /// The value as it would be typed: strings quoted, lists bracketed, numbers with 4 significant digits.
    public var literal: String {
        switch self {
        case .number(let value): formatNumber(value)
        case .bool(let value): value ? "true" : "false"
        case .string(let text): "\"" + text.replacingQuotes() + "\""
        case .word(let word): word
        case .list(let items): "[" + items.map(\.literal).joined(separator: ", ") + "]"
        case .record(let record): record.description
        case .distribution(let distribution): distribution.description
        }
    }

    /// Equality as the language sees it: a word equals a string with the same text.
    public func isEquivalent(to other: Value) -> Bool {
        switch (self, other) {
        case (.word(let lhs), .string(let rhs)), (.string(let lhs), .word(let rhs)): lhs == rhs
        case (.list(let lhs), .list(let rhs)):
            lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0.isEquivalent(to: $1) }
        default: self == other
        }
    }
}

/// A record's fields in the order they were defined, e.g. `best` = `{lr: 0.01, val_acc: 0.95}`.
public struct Record: Hashable, Sendable, CustomStringConvertible {
    /// The fields in order.
    public var fields: [Field]

    /// One named value of a record.
    public struct Field: Hashable, Sendable {
        /// The field's name.
        public var name: String
        /// The field's value.
        public var value: Value

        /// Creates a field.
        public init(name: String, value: Value) {
            self.name = name
            self.value = value
        }
    }

    /// Creates a record from fields in order.
    public init(_ fields: [Field]) {
        self.fields = fields
    }

    /// The value of the first field with this name.
    public subscript(name: String) -> Value? {
        fields.first { $0.name == name }?.value
    }

    /// `{lr: 0.01, val_acc: 0.95}`
    public var description: String {
        "{" + fields.map { "\($0.name): \($0.value.literal)" }.joined(separator: ", ") + "}"
    }
}

/// A search space for one sweep option; the search samples it, the evaluator only builds it.
public enum Distribution: Hashable, Sendable, CustomStringConvertible {
    /// `logu(lo, hi)`: 10^uniform(log10 lo, log10 hi), with 0 < lo < hi.
    case logUniform(lower: Double, upper: Double)
    /// `uniform(lo, hi)`: uniform on [lo, hi], with lo < hi.
    case uniform(lower: Double, upper: Double)
    /// `choice(a, b, …)`: one of the values, equally likely.
    case choice([Value])

    /// The call that builds it, e.g. `logu(1e-4, 0.1)`.
    public var description: String {
        switch self {
        case .logUniform(let lower, let upper): "logu(\(formatNumber(lower)), \(formatNumber(upper)))"
        case .uniform(let lower, let upper): "uniform(\(formatNumber(lower)), \(formatNumber(upper)))"
        case .choice(let values): "choice(" + values.map(\.literal).joined(separator: ", ") + ")"
        }
    }
}

extension String {
    func replacingQuotes() -> String {
        var result = ""
        for character in self {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result
    }
}
