/// The layout of an x–y plot: where the plot area is and what the axes are.
///
///     title
///     legend
///      yw  ┌ y label ──────┐
///     1.0 ┤⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀│
///     0.0 ┤⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀│
///         └┬──────┬──────┬┘
///          0     50    100
///                 x label
///     notes
struct FrameLayout {
    /// The frame's contents.
    let spec: FrameSpec
    /// The target size and characters.
    let target: RenderTarget
    /// The first column of the plot area.
    let plotLeft: Int
    /// The first line of the plot area.
    let plotTop: Int
    /// Width of the plot area in cells.
    let columns: Int
    /// Height of the plot area in cells.
    let rows: Int
    /// The x axis.
    let x: Axis
    /// The y axis.
    let y: Axis
    /// Start columns of the x tick labels.
    let xLabelStarts: [Int]
    /// The total number of lines.
    let totalHeight: Int
    /// The legend's entries, line by line: a legend too wide for one line wraps.
    let legendLines: [[LegendEntry]]

    /// Lays out a frame; `adjustColumns` may shrink the plot width (e.g. to a multiple
    /// of a histogram's bins).
    init(spec: FrameSpec, target: RenderTarget, adjustColumns: (Int) -> Int = { $0 }) {
        self.spec = spec
        self.target = target
        let footer = 1 + (spec.xLabel == nil ? 0 : 1) + spec.notes.count
        // The legend starts at the plot's left edge, which depends on the y labels, which
        // depend on the rows the legend leaves: a few rounds settle it.
        var legend: [[LegendEntry]] = [], rows = 0, plotLeft = 6
        var y = Self.yAxis(spec.y, rows: 2, charset: target.charset)
        for _ in 0..<3 {
            legend = Self.wrap(spec.legend, from: plotLeft, width: target.width)
            rows = max(2, target.height - (spec.title == nil ? 0 : 1) - legend.count - footer - 2)
            y = Self.yAxis(spec.y, rows: rows, charset: target.charset)
            if plotLeft == y.labelWidth + 2 { break }
            plotLeft = y.labelWidth + 2
        }
        legendLines = legend
        self.rows = rows
        self.y = y
        self.plotLeft = plotLeft
        plotTop = (spec.title == nil ? 0 : 1) + legend.count + 1
        columns = max(1, adjustColumns(max(1, target.width - plotLeft - 3)))
        (x, xLabelStarts) = Self.xAxis(spec.x, columns: columns, plotLeft: plotLeft, target: target)
        totalHeight = plotTop + rows + 2 + (spec.xLabel == nil ? 0 : 1) + spec.notes.count
    }

    /// Legend entries in lines that start at column `start` and fit `width` (an entry
    /// wider than a line gets a line of its own, cut when drawn).
    static func wrap(_ entries: [LegendEntry], from start: Int, width: Int) -> [[LegendEntry]] {
        var lines: [[LegendEntry]] = [], column = start
        for entry in entries {
            let needed = DisplayWidth.of(entry.sample) + 1 + DisplayWidth.of(entry.name)
            if lines.isEmpty || (column + needed > width && !lines[lines.count - 1].isEmpty) {
                lines.append([])
                column = start
            }
            lines[lines.count - 1].append(entry)
            column += needed + 3
        }
        return lines
    }

    /// The y axis with as many ticks as fit on distinct lines.
    private static func yAxis(_ request: AxisRequest, rows: Int, charset: Charset) -> Axis {
        var count = max(2, rows / 2 + 1)
        while true {
            let axis = Axis(scale: request.scale, dataLow: request.low, dataHigh: request.high,
                            fixed: request.isFixed, maxTicks: count, charset: charset)
            let cells = axis.ticks.map { axis.cell(ofScaled: $0, cells: rows) }
            if Set(cells).count == cells.count || count == 2 { return axis }
            count -= 1
        }
    }

    /// The x axis with as many ticks as have labels that do not overlap.
    private static func xAxis(_ request: AxisRequest, columns: Int, plotLeft: Int,
                              target: RenderTarget) -> (Axis, [Int]) {
        var count = max(2, columns / 4)
        while true {
            let axis = Axis(scale: request.scale, dataLow: request.low, dataHigh: request.high,
                            fixed: request.isFixed, maxTicks: count, charset: target.charset)
            let centers = axis.ticks.map { plotLeft + axis.cell(ofScaled: $0, cells: columns) }
            if let starts = TickLabelPlacement.place(labels: axis.labels, centers: centers,
                                                     width: target.width) {
                return (axis, starts)
            }
            if count <= 2 {
                return (Axis(scale: request.scale, dataLow: request.low, dataHigh: request.high,
                             fixed: true, maxTicks: 2, charset: target.charset), [])
            }
            count -= 1
        }
    }

    /// The grid line of an x-axis tick label row.
    var tickLabelRow: Int { plotTop + rows + 1 }
}
