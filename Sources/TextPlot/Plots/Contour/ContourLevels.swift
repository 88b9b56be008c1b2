import Elementary

/// Which contour levels to draw.
public enum ContourLevels: Sendable {
    /// `count` levels spaced logarithmically above the minimum (for surfaces bounded
    /// below, such as losses): min + span·10^(−3…0)·0.8.
    case logAboveMinimum(count: Int)
    /// `count` evenly spaced levels strictly between minimum and maximum (saddles).
    case linear(count: Int)
    /// Exactly these levels.
    case values([Double])

    /// The levels for data spanning `low...high`.
    func resolve(low: Double, high: Double) -> [Double] {
        let span = high - low
        switch self {
        case .values(let levels): return levels
        case .linear(let count):
            guard span > 0 else { return [] }
            return (0..<max(count, 1)).map { low + span * Double($0 + 1) / Double(max(count, 1) + 1) }
        case .logAboveMinimum(let count):
            guard span > 0 else { return [] }
            let n = max(count, 1)
            return (0..<n).map { i in
                let exponent = n == 1 ? 0 : -3 * (1 - Double(i) / Double(n - 1))
                return low + 0.8 * span * Math.pow(10, exponent)
            }
        }
    }
}
