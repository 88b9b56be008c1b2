/// Finite values and a note about the others.
struct FiniteValues {
    /// The finite values, in order.
    let values: [Double]
    /// How many were not finite.
    let skipped: Int
    /// The index of the first value that was not finite.
    let firstSkipped: Int?

    /// Separates finite values from NaN and ±Inf.
    init(_ all: [Double]) {
        var kept: [Double] = []
        kept.reserveCapacity(all.count)
        var skipped = 0
        var first: Int?
        for (i, v) in all.enumerated() {
            if v.isFinite { kept.append(v) } else { skipped += 1; if first == nil { first = i } }
        }
        values = kept
        self.skipped = skipped
        firstSkipped = first
    }

    /// "3 values not finite, from value 17", or nil when all were finite.
    func note(prefix: String = "") -> String? {
        guard skipped > 0, let first = firstSkipped else { return nil }
        let noun = skipped == 1 ? "1 value" : "\(skipped) values"
        return "\(prefix)\(noun) not finite, from value \(first + 1)"
    }
}
