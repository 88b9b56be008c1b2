/// Limits on a number option, e.g. `lr` > 0 or a fraction in [0, 1].
public struct NumberBounds: Hashable, Sendable {
    /// The smallest allowed value, if any.
    public var lower: Double?
    /// Whether `lower` itself is allowed.
    public var includesLower: Bool
    /// The largest allowed value, if any.
    public var upper: Double?
    /// Whether `upper` itself is allowed.
    public var includesUpper: Bool

    /// Any finite number.
    public static let any = NumberBounds(lower: nil, includesLower: true, upper: nil, includesUpper: true)
    /// Greater than zero.
    public static let positive = NumberBounds(lower: 0, includesLower: false, upper: nil, includesUpper: true)
    /// Zero or more.
    public static let nonNegative = NumberBounds(lower: 0, includesLower: true, upper: nil, includesUpper: true)
    /// From 0 to 1 inclusive.
    public static let fraction = NumberBounds(lower: 0, includesLower: true, upper: 1, includesUpper: true)
    /// From 0 inclusive to 1 exclusive (dropout, momentum, decay rates).
    public static let belowOne = NumberBounds(lower: 0, includesLower: true, upper: 1, includesUpper: false)

    /// Whether a value is within the bounds.
    public func contains(_ value: Double) -> Bool {
        if let lower, includesLower ? value < lower : value <= lower { return false }
        if let upper, includesUpper ? value > upper : value >= upper { return false }
        return true
    }

    /// `> 0`, `in [0, 1)`, `>= 0`, or empty for any number.
    public var description: String {
        switch (lower, upper) {
        case (let lower?, let upper?):
            return "in \(includesLower ? "[" : "(")\(formatNumber(lower)), \(formatNumber(upper))\(includesUpper ? "]" : ")")"
        case (let lower?, nil): return "\(includesLower ? ">=" : ">") \(formatNumber(lower))"
        case (nil, let upper?): return "\(includesUpper ? "<=" : "<") \(formatNumber(upper))"
        case (nil, nil): return ""
        }
    }
}

/// The type of an option's or positional argument's value, as the schema declares it.
public indirect enum ValueType: Hashable, Sendable {
    /// A finite number within bounds.
    case number(NumberBounds)
    /// A whole number within a range (converted with `Int(exactly:)`, never trapping).
    case integer(ClosedRange<Int>)
    /// `true`/`false` (also `on`/`off`).
    case bool
    /// Text in quotes, e.g. a file name.
    case string
    /// One word of a fixed set, e.g. `best|last`.
    case word([String])
    /// A name, bare or quoted, e.g. a saved model's name `base`.
    case name
    /// A list of values of one type, with an optional exact length.
    case list(ValueType, count: Int?)
    /// Any of several types, tried in order, e.g. `batch=64` or `batch=all`.
    case oneOf([ValueType])
    /// Layer indices: `2`, `1..3` or `[1, 3]`.
    case layerIndices
    /// The name of a command in the schema (`help train`).
    case commandName

    /// How help shows the type, e.g. `number > 0`, `integer 1..1000`, `best|last`.
    public var description: String {
        switch self {
        case .number(let bounds): bounds.description.isEmpty ? "number" : "number \(bounds.description)"
        case .integer(let range): "integer \(range.lowerBound)..\(range.upperBound)"
        case .bool: "true|false"
        case .string: "a quoted string"
        case .word(let words): words.joined(separator: "|")
        case .name: "a name or a quoted file name"
        case .list(let element, let count):
            "list of \(count.map { "\($0): " } ?? "")\(element.description)"
        case .oneOf(let types): types.map(\.description).joined(separator: " or ")
        case .layerIndices: "layer indices (2, 1..3, [1, 3])"
        case .commandName: "command"
        }
    }

    /// Whether a list given to an option of this type means one run per value (a single
    /// number or a switch: `lr=[0.1, 0.01]`, `nesterov=[true, false]`).
    public var isSweepable: Bool {
        switch self {
        case .number, .integer, .bool: true
        case .oneOf(let types): types.contains { $0.isSweepable }
        default: false
        }
    }

    /// Whether values of this kind are what the type is about (a number for `.integer`), for messages.
    func accepts(kindOf value: Value) -> Bool {
        switch (self, value) {
        case (.number, .number), (.integer, .number), (.bool, .bool), (.string, .string), (.name, .string),
             (.name, .word), (.word, .word), (.word, .string), (.list, .list), (.layerIndices, .number),
             (.layerIndices, .list): true
        case (.oneOf(let types), _): types.contains { $0.accepts(kindOf: value) }
        default: false
        }
    }

    /// The words this type accepts as bare names.
    var words: [String] {
        switch self {
        case .word(let words): words
        case .oneOf(let types): types.flatMap(\.words)
        case .bool: ["on", "off"]
        default: []
        }
    }
}
