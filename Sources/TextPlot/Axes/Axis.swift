import Elementary

/// How an axis maps values: evenly or by decades.
public enum AxisScale: String, Sendable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios; non-positive values are skipped.
    case log
}

extension AxisScale {
    /// `.log` for values that are all positive (ignoring non-finite ones) and span more
    /// than `ratio` (100x by default), as loss curves often do; `.linear` otherwise.
    public static func suggested(for values: [Double], ratio: Double = 100) -> AxisScale {
        var low = Double.infinity, high = -Double.infinity
        for v in values where v.isFinite {
            if v <= 0 { return .linear }
            low = min(low, v)
            high = max(high, v)
        }
        return high > low * ratio ? .log : .linear
    }
}

/// One laid-out axis: its limits (in scale units: log10 for log axes) and its ticks.
struct Axis {
    /// The scale.
    let scale: AxisScale
    /// The lower limit in scale units.
    let low: Double
    /// The upper limit in scale units.
    let high: Double
    /// Tick positions in scale units.
    let ticks: [Double]
    /// One label per tick.
    let labels: [String]

    /// The axis for data spanning `dataLow...dataHigh` (data units), with at most
    /// `maxTicks` ticks; `fixed` limits are kept exactly instead of rounded outward.
    init(scale: AxisScale, dataLow: Double, dataHigh: Double, fixed: Bool,
         maxTicks: Int, charset: Charset) {
        self.scale = scale
        switch scale {
        case .linear:
            let values = fixed
                ? Ticks.inside(low: dataLow, high: dataHigh, maxCount: maxTicks)
                : Ticks.linear(low: dataLow, high: dataHigh, maxCount: maxTicks)
            let (lo, hi) = Ticks.widened(dataLow, dataHigh)
            low = fixed ? lo : values[0]
            high = fixed ? hi : values[values.count - 1]
            ticks = values
            labels = Ticks.labels(for: values)
        case .log:
            let highValue = dataHigh > 0 && dataHigh.isFinite ? dataHigh : 10
            let lowValue = dataLow > 0 && dataLow.isFinite ? dataLow : highValue / 10
            let a = Math.log10(lowValue), b = Math.log10(max(highValue, lowValue))
            let decades = Ticks.decades(lowExponent: a, highExponent: b, maxCount: maxTicks)
            let lo = fixed ? a : Double(decades[0])
            let hi = fixed ? (b > a ? b : a + 1) : Double(decades[decades.count - 1])
            let inside = decades.filter { Double($0) >= lo - 1e-9 && Double($0) <= hi + 1e-9 }
            low = lo
            high = hi
            ticks = inside.map(Double.init)
            labels = inside.map { NumberFormat.decade($0, charset: charset) }
        }
    }

    /// A value in scale units (log10 on log axes), or nil when it cannot be shown.
    @inline(__always)
    func scaled(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        if scale == .log { return value > 0 ? Math.log10(value) : nil }
        return value
    }

    /// The continuous position of a scale-unit value on an axis `length` long.
    @inline(__always)
    func position(ofScaled t: Double, length: Int) -> Double {
        (t - low) / (high - low) * Double(length)
    }

    /// The cell (0..<cells) of a scale-unit value, the top edge pulled back one cell.
    func cell(ofScaled t: Double, cells: Int) -> Int {
        let p = position(ofScaled: t, length: cells)
        return min(max(Int(p.rounded(.down)), 0), cells - 1)
    }

    /// The widest label.
    var labelWidth: Int { labels.map { DisplayWidth.of($0) }.max() ?? 0 }
}

/// An axis reduced to the scalars of its mapping, for hot loops: value to pixel.
struct AxisMap {
    /// Whether values are mapped by their base-10 logarithm.
    let isLog: Bool
    /// The lower limit in scale units.
    let low: Double
    /// Pixels per scale unit.
    let pixelsPerUnit: Double

    /// The mapping of `axis` onto `length` pixels.
    init(_ axis: Axis, length: Int) {
        isLog = axis.scale == .log
        low = axis.low
        pixelsPerUnit = Double(length) / (axis.high - axis.low)
    }

    /// The continuous pixel position of a value, or nil when it cannot be shown
    /// (not finite, not positive on a log axis, or too far out to represent).
    @inline(__always)
    func pixel(_ value: Double) -> Double? {
        let p: Double
        if isLog {
            guard value > 0, value.isFinite else { return nil }
            p = (Math.log10(value) - low) * pixelsPerUnit
        } else {
            guard value.isFinite else { return nil }
            p = (value - low) * pixelsPerUnit
        }
        return p.isFinite ? p : nil
    }
}
