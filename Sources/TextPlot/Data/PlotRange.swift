/// The combined range of several scans, with notes for empty, single or constant data.
struct PlotRange {
    /// The x range to request from the axis.
    var x: (low: Double, high: Double)
    /// The y range to request from the axis.
    var y: (low: Double, high: Double)
    /// Notes about degenerate data.
    var notes: [String] = []

    /// The union of the scans' ranges; defaults when nothing is drawable.
    init(scans: [DataScan], xScale: AxisScale, yScale: AxisScale) {
        let xs = scans.compactMap(\.xRange), ys = scans.compactMap(\.yRange)
        let fallbackX = xScale == .log ? (1.0, 10.0) : (0.0, 1.0)
        let fallbackY = yScale == .log ? (1.0, 10.0) : (0.0, 1.0)
        x = xs.isEmpty ? fallbackX : (xs.map(\.low).min()!, xs.map(\.high).max()!)
        y = ys.isEmpty ? fallbackY : (ys.map(\.low).min()!, ys.map(\.high).max()!)
        let total = scans.reduce(0) { $0 + $1.drawable }
        if total == 0 {
            notes.append("no data to plot")
        } else if total == 1 {
            notes.append("one point: (\(NumberFormat.compact(x.low)), \(NumberFormat.compact(y.low)))")
        } else if y.low == y.high {
            notes.append("constant data: y = \(NumberFormat.compact(y.low, significant: 6))")
        }
    }
}
