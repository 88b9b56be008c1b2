/// One pass over x–y data: the range of the drawable points, and what was skipped.
struct DataScan {
    /// The drawable range (nil when no point is drawable).
    var xRange: (low: Double, high: Double)?
    /// The drawable range of y.
    var yRange: (low: Double, high: Double)?
    /// The number of drawable points.
    var drawable = 0
    /// Points with a NaN or infinite coordinate.
    var nonFinite = 0
    /// The index of the first such point.
    var firstNonFiniteIndex: Int?
    /// Points not shown because a log axis cannot show values ≤ 0.
    var nonPositive = 0

    /// Scans `count` points of x and y for the given scales.
    init(x: [Double], y: [Double], count: Int, xScale: AxisScale, yScale: AxisScale) {
        var xLow = Double.infinity, xHigh = -Double.infinity
        var yLow = Double.infinity, yHigh = -Double.infinity
        for i in 0..<count {
            let a = x[i], b = y[i]
            guard a.isFinite && b.isFinite else {
                nonFinite += 1
                if firstNonFiniteIndex == nil { firstNonFiniteIndex = i }
                continue
            }
            if (xScale == .log && a <= 0) || (yScale == .log && b <= 0) {
                nonPositive += 1
                continue
            }
            drawable += 1
            xLow = min(xLow, a); xHigh = max(xHigh, a)
            yLow = min(yLow, b); yHigh = max(yHigh, b)
        }
        if drawable > 0 {
            xRange = (xLow, xHigh)
            yRange = (yLow, yHigh)
        }
    }

    /// Notes describing what was skipped (`prefix` names the series when several).
    func notes(prefix: String, x: [Double], xName: String) -> [String] {
        var notes: [String] = []
        if nonFinite > 0, let first = firstNonFiniteIndex {
            let where_ = x[first].isFinite
                ? "from \(xName) \(NumberFormat.compact(x[first], significant: 6))"
                : "from point \(first + 1)"
            notes.append("\(prefix)\(Self.points(nonFinite)) not finite, \(where_)")
        }
        if nonPositive > 0 {
            notes.append("\(prefix)\(Self.points(nonPositive)) <= 0 not shown on a log axis")
        }
        return notes
    }

    /// "1 point" or "n points".
    static func points(_ n: Int) -> String { n == 1 ? "1 point" : "\(n) points" }
}
