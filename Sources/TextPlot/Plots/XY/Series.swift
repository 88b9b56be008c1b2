/// How strongly a series is drawn.
public enum Emphasis: String, Sendable {
    /// Faint, for raw data under a smoothed line.
    case dim
    /// The default.
    case normal
    /// Bright, for the line that matters.
    case bold
}

/// A named sequence of (x, y) points.
///
///     Series(name: "train", y: losses)               // x = 1, 2, 3, …
///     Series(name: "val", x: epochs, y: valLosses, emphasis: .bold)
public struct Series: Sendable {
    /// The name shown in the legend and in notes.
    public var name: String
    /// The x values.
    public var x: [Double]
    /// The y values, one per x value (extra values of either are ignored).
    public var y: [Double]
    /// How strongly the series is drawn.
    public var emphasis: Emphasis
    /// The palette colour; nil means the series' position in the plot.
    public var color: Int?

    /// A series from x and y values.
    public init(name: String, x: [Double], y: [Double], emphasis: Emphasis = .normal, color: Int? = nil) {
        self.name = name
        self.x = x
        self.y = y
        self.emphasis = emphasis
        self.color = color
    }

    /// A series with x = 1, 2, 3, … (steps counted from one).
    public init(name: String, y: [Double], emphasis: Emphasis = .normal, color: Int? = nil) {
        self.init(name: name, x: (0..<y.count).map { Double($0 + 1) }, y: y,
                  emphasis: emphasis, color: color)
    }

    /// The number of points (the shorter of x and y).
    public var count: Int { min(x.count, y.count) }

    /// This series with a bias-corrected exponential moving average of y, drawn bold.
    ///
    /// `v = β·v + (1 − β)·yᵢ`, shown as `v / (1 − βⁱ)`, where i counts finite values;
    /// non-finite values pass through unchanged and do not update the average.
    public func smoothed(beta: Double = 0.9, name: String? = nil) -> Series {
        Series(name: name ?? self.name + " (smoothed)", x: x,
               y: Self.movingAverage(y, beta: beta), emphasis: .bold, color: color)
    }

    /// This series drawn faint.
    public func dimmed() -> Series {
        var copy = self
        copy.emphasis = .dim
        return copy
    }

    /// The bias-corrected exponential moving average `v / (1 − βⁱ)` of `values`.
    public static func movingAverage(_ values: [Double], beta: Double) -> [Double] {
        var average = 0.0
        var correction = 1.0
        var result: [Double] = []
        result.reserveCapacity(values.count)
        for value in values {
            guard value.isFinite else {
                result.append(value)
                continue
            }
            average = beta * average + (1 - beta) * value
            correction *= beta
            result.append(correction < 1 ? average / (1 - correction) : value)
        }
        return result
    }
}
