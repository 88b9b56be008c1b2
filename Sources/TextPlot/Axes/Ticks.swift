import Elementary

/// Nice tick values (steps of 1, 2 or 5 times a power of ten) and their labels.
enum Ticks {
    /// Ticks covering `low...high` with limits rounded outward to whole steps, at most
    /// `maxCount` of them (at least two, three when the range straddles zero).
    static func linear(low: Double, high: Double, maxCount: Int) -> [Double] {
        let (lo, hi) = widened(low, high)
        let feasible = max(maxCount, lo < 0 && hi > 0 ? 3 : 2)
        let step = niceStep(range: hi - lo, maxCount: feasible) { s in
            Int((hi / s - 1e-9).rounded(.up)) - Int((lo / s + 1e-9).rounded(.down)) + 1
        }
        let first = Int((lo / step + 1e-9).rounded(.down))
        let last = Int((hi / step - 1e-9).rounded(.up))
        return (first...max(last, first + 1)).map { Double($0) * step }
    }

    /// Ticks inside the fixed limits `low...high` (limits not rounded), at most `maxCount`.
    static func inside(low: Double, high: Double, maxCount: Int) -> [Double] {
        let (lo, hi) = widened(low, high)
        let step = niceStep(range: hi - lo, maxCount: maxCount) { s in
            Int((hi / s + 1e-9).rounded(.down)) - Int((lo / s - 1e-9).rounded(.up)) + 1
        }
        let first = Int((lo / step - 1e-9).rounded(.up))
        let last = Int((hi / step + 1e-9).rounded(.down))
        guard first <= last else { return [lo, hi] }
        return (first...last).map { Double($0) * step }
    }

    /// Decade exponents covering `low...high` (exponents), every k-th decade so that at
    /// most `maxCount` remain, limits rounded outward.
    static func decades(lowExponent: Double, highExponent: Double, maxCount: Int) -> [Int] {
        var lo = Int((lowExponent + 1e-9).rounded(.down))
        var hi = Int((highExponent - 1e-9).rounded(.up))
        if hi <= lo { hi = lo + 1 }
        let every = max(1, (hi - lo + max(maxCount, 2) - 2) / max(maxCount - 1, 1))
        lo = Int((Double(lo) / Double(every)).rounded(.down)) * every
        hi = Int((Double(hi) / Double(every)).rounded(.up)) * every
        return Array(stride(from: lo, through: hi, by: every))
    }

    /// Labels for linear ticks, all with the decimals the step needs.
    static func labels(for ticks: [Double]) -> [String] {
        guard ticks.count > 1 else { return ticks.map { NumberFormat.compact($0) } }
        let step = abs(ticks[1] - ticks[0])
        let stepExponent = Int((Math.log10(step) + 1e-9).rounded(.down))
        let largest = ticks.map(abs).max() ?? 0
        if largest >= 1e6 || stepExponent < -4 {
            return ticks.map { value in
                guard value != 0 else { return "0" }
                let exponent = Int((Math.log10(abs(value)) + 1e-9).rounded(.down))
                return NumberFormat.scientific(value, digits: min(max(exponent - stepExponent, 0), 12))
            }
        }
        return ticks.map { NumberFormat.fixed($0, decimals: max(0, -stepExponent)) }
    }

    /// The smallest step of 1, 2 or 5 times a power of ten whose count fits.
    private static func niceStep(range: Double, maxCount: Int, count: (Double) -> Int) -> Double {
        let target = range / Double(max(maxCount - 1, 1))
        var exponent = Int((Math.log10(target)).rounded(.down)) - 1
        while true {
            for mantissa in [1.0, 2.0, 5.0] {
                let step = mantissa * NumberFormat.power10(exponent)
                if count(step) <= max(maxCount, 2) { return step }
            }
            exponent += 1
        }
    }

    /// A non-empty, representable range around a possibly degenerate one: limits
    /// clamped to ±1e300 and at least 1e-290 (or 1e-12 of the magnitude) wide.
    static func widened(_ low: Double, _ high: Double) -> (Double, Double) {
        let lo = min(max(low, -1e300), 1e300), hi = min(max(high, -1e300), 1e300)
        guard hi > lo else {
            let pad = lo == 0 ? 1 : max(abs(lo) * 0.1, 1e-290)
            return (lo - pad, lo + pad)
        }
        let minimum = max(max(abs(lo), abs(hi)) * 1e-12, 1e-290)
        guard hi - lo < minimum else { return (lo, hi) }
        let center = lo / 2 + hi / 2
        return (center - minimum, center + minimum)
    }
}
