import NNLab

/// A finished search (`sweep` or `grid`), or one slice of it: what `plot sweep`, the
/// results file of `--shard` and `nnlab merge` work from.
public struct SearchResult: Sendable, Equatable {
    /// `sweep` or `grid`.
    public var kind: String
    /// The command as typed, in canonical form: slices merge only when it is the same.
    public var command: String
    /// The seed trial values derive from (see `SearchSampling.trialSource`).
    public var searchSeed: UInt64
    /// The options searched, in the order typed.
    public var axes: [SearchAxis]
    /// Trials in the whole search.
    public var trialCount: Int
    /// The trials this result holds (all, or a slice's), by index.
    public var trials: [TrialOutcome]
    /// The slice this result is, when the search was split across processes.
    public var shard: Shard?

    /// The trials ranked best first: highest validation accuracy, diverged trials last, then by index.
    public var ranked: [TrialOutcome] {
        trials.sorted { a, b in
            if a.diverged != b.diverged { return !a.diverged }
            let x = a.validationAccuracy ?? -1, y = b.validationAccuracy ?? -1
            return x != y ? x > y : a.index < b.index
        }
    }

    /// The best trial, or nil when there is none or every one diverged.
    public var best: TrialOutcome? { ranked.first.flatMap { $0.diverged ? nil : $0 } }
}

/// One option a search varies, and what it ranges over.
public struct SearchAxis: Sendable, Equatable {
    /// The option, e.g. `lr`.
    public var name: String
    /// What the values are drawn from.
    public var domain: SweepAxis.Domain

    /// The numeric range searched, for the edge check: a distribution's bounds, or the
    /// smallest and largest of three or more numbers listed; nil for words and `choice`.
    public var numericRange: ClosedRange<Double>? {
        switch domain {
        case .distribution(.logUniform(let lower, let upper)), .distribution(.uniform(let lower, let upper)):
            return lower...upper
        case .values(let values):
            let numbers = Set(values.compactMap(\.number))
            guard numbers.count >= 3, numbers.count == values.count, let low = numbers.min(), let high = numbers.max() else { return nil }
            return low...high
        case .distribution(.choice):
            return nil
        }
    }

    /// Whether the range is searched in log space.
    public var isLogarithmic: Bool {
        if case .distribution(.logUniform) = domain { return true }
        return false
    }

    /// `logu(0.0001, 0.1)` or `[0.1, 0.01]`.
    public var domainText: String {
        switch domain {
        case .distribution(let distribution): distribution.description
        case .values(let values): Value.list(values).literal
        }
    }
}

/// One trial's option values and its final numbers.
public struct TrialOutcome: Sendable, Equatable {
    /// The trial's number, from 0.
    public var index: Int
    /// The value of each axis, in the axes' order.
    public var values: [Value]
    /// The final numbers (nil when a diverged run kept no weights of its own).
    public var metrics: FinalMetrics?
    /// How the run ended, as the run table says it (`completed`, `diverged at step 12, kept none`).
    public var ending: String
    /// Whether its loss diverged.
    public var diverged: Bool

    /// Validation accuracy at the end, if measured.
    public var validationAccuracy: Double? { metrics?.validationAccuracy }
}

/// Slice `index` of `count` (both from 1 as typed: `--shard 2/4`). Trial `t` belongs to
/// slice `t mod count + 1`, so slices of a search with costly and cheap trials stay even.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// `2/4` as typed, or nil with a message when malformed.
    public static func parse(_ text: String) -> Result<Shard, ShardError> {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            return .failure(ShardError(message: "--shard takes i/N, e.g. --shard 2/4, not '\(text)'"))
        }
        guard count >= 1, (1...count).contains(index) else {
            return .failure(ShardError(message: "--shard \(text): i must be between 1 and N (N at least 1), e.g. --shard 1/\(max(count, 2))"))
        }
        return .success(Shard(index: index, count: count))
    }

    /// Whether trial `trial` (from 0) is this slice's.
    public func owns(_ trial: Int) -> Bool { trial % count == index - 1 }

    public var description: String { "\(index)/\(count)" }
}

/// A malformed `--shard`.
public struct ShardError: Error, Sendable {
    public var message: String
}
