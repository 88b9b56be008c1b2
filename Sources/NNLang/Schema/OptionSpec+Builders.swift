/// Short constructors that keep the schema table readable.
extension OptionSpec {
    /// A number option.
    static func number(_ name: String, _ value: Double?, _ bounds: NumberBounds = .any, bare: Double? = nil,
                       _ summary: String) -> OptionSpec {
        OptionSpec(name, .number(bounds), default: value.map(Value.number), bare: bare.map(Value.number), summary)
    }

    /// A whole-number option.
    static func integer(_ name: String, _ value: Int?, _ range: ClosedRange<Int>, bare: Int? = nil,
                        _ summary: String) -> OptionSpec {
        OptionSpec(name, .integer(range), default: value.map { .number(Double($0)) },
                   bare: bare.map { .number(Double($0)) }, summary)
    }

    /// A true/false option; the bare word means true.
    static func flag(_ name: String, _ value: Bool, _ summary: String) -> OptionSpec {
        OptionSpec(name, .bool, default: .bool(value), summary)
    }

    /// A word from a set.
    static func word(_ name: String, _ words: [String], _ value: String?, _ summary: String) -> OptionSpec {
        OptionSpec(name, .word(words), default: value.map(Value.word), summary)
    }

    /// A list of numbers, e.g. `betas=[0.9,0.999]`.
    static func numbers(_ name: String, _ value: [Double]?, count: Int?, _ bounds: NumberBounds = .any,
                        _ summary: String) -> OptionSpec {
        OptionSpec(name, .list(.number(bounds), count: count),
                   default: value.map { .list($0.map(Value.number)) }, summary)
    }

    /// The same option without a default, as a per-run override (`train lr=…`).
    var asOverride: OptionSpec {
        OptionSpec(name, type, default: nil, bare: type == .bool ? nil : bareValue, summary + " (this run)")
    }
}

/// Limits that keep sizes representable and memory bounded.
enum Limits {
    static let classes = 2...1000
    static let points = 1...1_000_000
    static let dims = 1...100_000
    static let epochs = 1...1_000_000
    static let steps = 1...1_000_000_000
    static let batch = 1...100_000_000
    static let seed = 0...9_007_199_254_740_991
}
