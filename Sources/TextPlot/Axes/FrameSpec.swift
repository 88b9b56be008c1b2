/// One legend entry: a sample of how the series is drawn, and its name.
struct LegendEntry {
    /// The sample glyphs ("⠒•⠒").
    var sample: String
    /// The sample's style.
    var style: CellStyle
    /// The series name.
    var name: String
}

/// What an axis should cover.
struct AxisRequest {
    /// The scale.
    var scale: AxisScale
    /// The lowest value (data units).
    var low: Double
    /// The highest value (data units).
    var high: Double
    /// Keep the limits exactly instead of rounding them outward to ticks.
    var isFixed: Bool = false
}

/// Everything around the plot area of an x–y plot.
struct FrameSpec {
    /// The title, centred above the plot.
    var title: String?
    /// Legend entries, on one line under the title.
    var legend: [LegendEntry] = []
    /// The x-axis label, under the tick labels.
    var xLabel: String?
    /// The y-axis label, in the top frame line.
    var yLabel: String?
    /// Notes, one line each, under everything else.
    var notes: [String] = []
    /// The x axis.
    var x: AxisRequest
    /// The y axis.
    var y: AxisRequest
}

/// Placement of x tick labels so that none overlaps another or leaves the line.
enum TickLabelPlacement {
    /// Start columns for labels centred at `centers`, or nil when two would overlap
    /// (less than one blank column between them) or one cannot fit in `width`.
    static func place(labels: [String], centers: [Int], width: Int) -> [Int]? {
        var starts: [Int] = []
        var previousEnd = -1
        for (label, center) in zip(labels, centers) {
            let w = DisplayWidth.of(label)
            guard w <= width else { return nil }
            let start = min(max(center - w / 2, 0), width - w)
            if !starts.isEmpty && start <= previousEnd { return nil }
            starts.append(start)
            previousEnd = start + w
        }
        return starts
    }
}
