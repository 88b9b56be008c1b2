/// The value range of a heatmap and the mapping of values to the ramp.
struct HeatmapScale {
    /// The smallest finite value.
    let low: Double
    /// The largest finite value.
    let high: Double
    /// The number of non-finite cells.
    let nonFinite: Int

    /// The range of the finite values of `values`.
    init(values: [[Double]]) {
        let all = values.flatMap { $0 }
        let finite = all.filter(\.isFinite)
        low = finite.min() ?? 0
        high = finite.max() ?? 1
        nonFinite = all.count - finite.count
    }

    /// The position of `v` in the range (0...1), 1 for constant data, nil when not finite.
    func fraction(_ v: Double) -> Double? {
        guard v.isFinite else { return nil }
        guard high > low else { return 1 }
        let fraction = (v / 2 - low / 2) / (high / 2 - low / 2)
        return fraction.isFinite ? min(max(fraction, 0), 1) : 0
    }

    /// The colour-ramp level (0...7) of a fraction.
    static func level(_ fraction: Double) -> Int { min(max(Int(fraction * 8), 0), 7) }
}
