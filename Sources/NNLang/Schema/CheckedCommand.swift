import Foundation
/// One option given a list of values (`train lr=[1e-1,1e-2]`) or a distribution (`sweep lr=logu(…)`).
public struct SweepAxis: Equatable, Sendable {
    /// The option, e.g. `lr`.
    public let name: String
    /// The values to try, or the distribution to sample.
    public let domain: Domain

    /// What a sweep axis ranges over.
    public enum Domain: Equatable, Sendable {
        /// Each value in turn (checked against the option's type).
        case values([Value])
        /// Samples from a distribution (only `sweep`).
        case distribution(Distribution)
    }
}

/// A command validated against the schema, with every option typed and defaults filled in.
///
/// Handlers read it with `word(0)`, `number("lr")`, `integer("epochs")`, `isSet("lr")`.
/// A broken invariant (asking for an option the schema does not give that type) is a
/// precondition failure, not a user error: the checker has already refused bad input.
public struct CheckedCommand: Equatable, Sendable {
    /// The command name.
    public let name: String
    /// The variant word, if the command has variants (`spiral` in `data spiral`).
    public let variant: String?
    /// The positional values in order, the variant word first (`data csv "f.csv"` → [csv, "f.csv"]).
    public let positionals: [Value]
    /// Every option the command takes, given or defaulted; options without a default and not given are absent.
    public internal(set) var options: [String: Value]
    /// The options typed by the user, in order.
    public internal(set) var explicitOptions: [String]
    /// Options given a list (one run per value) or a distribution; their `options` entry holds the list.
    public internal(set) var sweepAxes: [SweepAxis]
    /// The layers of a `model` command.
    public let model: CheckedModel?
    /// Where the command is.
    public let range: SourceRange
    /// Where each typed option is (`lr=0.1`, or a bare word), for pointing at the one a failure is about.
    public internal(set) var optionRanges: [String: SourceRange] = [:]

    /// Creates a checked command (the checker does this; tests may too).
    public init(name: String, variant: String?, positionals: [Value], options: [String: Value],
                explicitOptions: [String], sweepAxes: [SweepAxis], model: CheckedModel?, range: SourceRange) {
        self.name = name
        self.variant = variant
        self.positionals = positionals
        self.options = options
        self.explicitOptions = explicitOptions
        self.sweepAxes = sweepAxes
        self.model = model
        self.range = range
    }

    /// Whether the user typed this option (or its bare word).
    public func isSet(_ option: String) -> Bool { noteRead(option); return explicitOptions.contains(option) }

    /// The option's value, given or defaulted; nil when it has no default and was not given.
    public func value(_ option: String) -> Value? { noteRead(option); return options[option] }

    /// A number option (given or defaulted).
    public func number(_ option: String) -> Double {
        noteRead(option)
        guard let number = options[option]?.number else { preconditionFailure("option \(option) is not a number") }
        return number
    }

    /// A number option, or nil when not set and without a default.
    public func optionalNumber(_ option: String) -> Double? { noteRead(option); return options[option]?.number }

    /// A whole-number option.
    public func integer(_ option: String) -> Int {
        noteRead(option)
        guard let integer = options[option]?.exactInteger else { preconditionFailure("option \(option) is not an integer") }
        return integer
    }

    /// A whole-number option, or nil when not set (or set to a word, like `batch=all`).
    public func optionalInteger(_ option: String) -> Int? { noteRead(option); return options[option]?.exactInteger }

    /// A true/false option.
    public func bool(_ option: String) -> Bool {
        noteRead(option)
        guard let bool = options[option]?.bool else { preconditionFailure("option \(option) is not a bool") }
        return bool
    }

    /// A word or string option's text, or nil when not set.
    public func text(_ option: String) -> String? { noteRead(option); return options[option]?.text }

    /// A list option's numbers, e.g. `betas`.
    public func numbers(_ option: String) -> [Double]? { noteRead(option); return options[option]?.list?.compactMap(\.number) }

    /// The text of the positional at an index (0 is the variant word).
    public func word(_ index: Int) -> String? {
        index < positionals.count ? positionals[index].text : nil
    }

    /// The positional value at an index (0 is the variant word, when the command has variants).
    public func positional(_ index: Int) -> Value? {
        index < positionals.count ? positionals[index] : nil
    }
}

/// Which options handlers read, for the test that every option of the schema does
/// something: an option no handler reads would be silently ignored.
public final class OptionReadLog: @unchecked Sendable {
    private var names: Set<String> = []
    private let lock = NSLock()

    public init() {}

    /// The options read so far.
    public var read: Set<String> { lock.withLock { names } }

    func note(_ option: String) { _ = lock.withLock { names.insert(option) } }

    /// The log of the code running now; nil outside that test.
    @TaskLocal public static var current: OptionReadLog?
}

extension CheckedCommand {
    fileprivate func noteRead(_ option: String) { OptionReadLog.current?.note(option) }
}
