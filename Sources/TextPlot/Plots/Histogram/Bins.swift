import Elementary

/// Bin edges and counts for a set of values.
struct Bins {
    /// The bin edges, one more than the bins.
    let edges: [Double]

    /// Edges for finite `values` by `rule`: a 1-2-5 step, the first edge a multiple of it.
    init(values: [Double], rule: Binning) {
        if case .edges(let given) = rule, given.count >= 2 {
            self.init(edges: given)
            return
        }
        let low = values.min() ?? 0, high = values.max() ?? 1
        let target: Int
        switch rule {
        case .count(let n): target = max(1, n)
        default: target = Int(Math.log2(Double(max(values.count, 1))).rounded(.up)) + 1
        }
        self.init(low: low, high: high, bins: target)
    }

    /// Bins with the given edges.
    init(edges: [Double]) { self.edges = edges }

    /// Edges covering `low...high` with at most about `bins` bins on a 1-2-5 step.
    init(low: Double, high: Double, bins: Int) {
        let (lo, hi) = Ticks.widened(low, high)
        let step = Self.niceStep(atLeast: (hi - lo) / Double(max(bins, 1)))
        let first = (lo / step + 1e-9).rounded(.down)
        var count = max(1, Int(((hi / step) - first - 1e-9).rounded(.up)))
        if (first + Double(count)) * step < hi { count += 1 }
        edges = (0...count).map { (first + Double($0)) * step }
    }

    /// The number of bins.
    var count: Int { edges.count - 1 }

    /// The bin of a finite value, or nil outside the edges (the last bin is closed).
    @inline(__always)
    func index(of value: Double) -> Int? {
        guard value >= edges[0], value <= edges[count] else { return nil }
        var lo = 0, hi = count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if value >= edges[mid] { lo = mid } else { hi = mid }
        }
        return lo
    }

    /// Counts of the finite values per bin.
    func counts(_ values: [Double]) -> [Int] {
        var counts = Array(repeating: 0, count: count)
        for v in values where v.isFinite {
            if let i = index(of: v) { counts[i] += 1 }
        }
        return counts
    }

    /// The smallest step of 1, 2 or 5 times a power of ten that is at least `minimum`.
    static func niceStep(atLeast minimum: Double) -> Double {
        var exponent = Int(Math.log10(minimum).rounded(.down)) - 1
        while true {
            for mantissa in [1.0, 2.0, 5.0] {
                let step = mantissa * NumberFormat.power10(exponent)
                if step >= minimum * (1 - 1e-9) { return step }
            }
            exponent += 1
        }
    }
}
