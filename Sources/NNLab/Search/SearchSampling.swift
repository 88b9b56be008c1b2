import Elementary

/// How a random search draws its trials: each trial's values come from a generator of its
/// own, derived from the search's seed and the trial's number, so any slice of the trials
/// (one machine of many) draws exactly what a single run would.
public enum SearchSampling {
    /// Significant digits kept in a sampled number, so tables and `best` read cleanly.
    public static let significantDigits = 3

    /// The generator of trial `trial` (counted from 0) of the search seeded `searchSeed`.
    public static func trialSource(searchSeed: UInt64, trial: Int) -> RandomSource {
        RandomSource(seed: searchSeed ^ (UInt64(trial) &+ 1) &* 0x9E37_79B9_7F4A_7C15)
    }

    /// `10^uniform(log10 lower, log10 upper)`, rounded to `significantDigits`.
    public static func logUniform(_ lower: Double, _ upper: Double, using source: inout RandomSource) -> Double {
        let exponent = source.nextUniform(in: Math.log10(lower), Math.log10(upper))
        return min(max(rounded(Math.pow(10, exponent)), lower), upper)
    }

    /// `uniform(lower, upper)`, rounded to `significantDigits`.
    public static func uniform(_ lower: Double, _ upper: Double, using source: inout RandomSource) -> Double {
        min(max(rounded(source.nextUniform(in: lower, upper)), lower), upper)
    }

    /// `value` rounded to `significantDigits` significant digits (0 stays 0).
    public static func rounded(_ value: Double) -> Double {
        guard value != 0, value.isFinite else { return value }
        let magnitude = Int((Math.log10(abs(value))).rounded(.down))
        let scale = Math.pow(10, Double(significantDigits - 1 - magnitude))
        return (value * scale).rounded() / scale
    }

    /// Whether `value` lies in the outer tenth of `lower...upper` at either end (measured
    /// in log space when `logarithmic`): a best value there suggests the range is too narrow.
    public static func isNearEdge(_ value: Double, lower: Double, upper: Double, logarithmic: Bool) -> Bool {
        guard upper > lower else { return false }
        let position = logarithmic && lower > 0 && value > 0
            ? (Math.log10(value) - Math.log10(lower)) / (Math.log10(upper) - Math.log10(lower))
            : (value - lower) / (upper - lower)
        return position <= edgeFraction || position >= 1 - edgeFraction
    }

    /// The share of a range at each end counted as its edge.
    public static let edgeFraction = 0.1
}
