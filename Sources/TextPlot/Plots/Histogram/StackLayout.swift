/// The layout of a histogram stack: names, one line per row, a shared x axis, columns.
///
///             ┌───────┐  mean    std
///     layer 1 │▁▃█▃▁  │ 0.001  0.299
///             └┬──┬──┬┘
///             -1  0  1
struct StackLayout {
    /// The target size and characters.
    let target: RenderTarget
    /// The title.
    let title: String?
    /// The x-axis label.
    let xLabel: String?
    /// The first line of the rows.
    let plotTop: Int
    /// The first column of the bars.
    let plotLeft: Int
    /// Columns per bin.
    let binWidth: Int
    /// Width of the bar area.
    let columns: Int
    /// The number of rows.
    let rowCount: Int
    /// The shared x axis.
    let axis: Axis
    /// Notes under the plot.
    let notes: [String]

    /// Lays out a stack of `rowCount` rows over `bins`.
    init(target: RenderTarget, title: String?, xLabel: String?, rowCount: Int, nameWidth: Int,
         bins: Bins, notes: [String]) {
        self.target = target
        self.title = title
        self.xLabel = xLabel
        self.rowCount = rowCount
        self.notes = notes
        plotTop = (title == nil ? 0 : 1) + 1
        plotLeft = nameWidth + 2
        binWidth = 1
        columns = max(bins.count, 1)
        var count = max(2, columns / 6)
        var candidate: Axis
        repeat {
            candidate = Axis(scale: .linear, dataLow: bins.edges[0], dataHigh: bins.edges[bins.count],
                             fixed: true, maxTicks: count, charset: target.charset)
            count -= 1
        } while count >= 2 && Self.labelStarts(candidate, plotLeft: nameWidth + 2, columns: columns,
                                                 width: target.width) == nil
        axis = candidate
    }

    /// The total number of lines.
    var totalHeight: Int { plotTop + max(rowCount, 1) + 2 + (xLabel == nil ? 0 : 1) + notes.count }

    /// Start columns of the tick labels, or nil when they overlap.
    static func labelStarts(_ axis: Axis, plotLeft: Int, columns: Int, width: Int) -> [Int]? {
        let centers = axis.ticks.map { plotLeft + axis.cell(ofScaled: $0, cells: columns) }
        return TickLabelPlacement.place(labels: axis.labels, centers: centers, width: width)
    }
}

extension StackLayout {
    /// Draws title, frame, column titles and values, the axis and the notes.
    func drawFrame(into grid: inout CellGrid, table: [StackColumnText]) {
        let glyphs = Glyphs.of(target.charset)
        if let title { grid.writeCentered(title, from: plotLeft, to: plotLeft + columns + 2, row: 0, style: .title) }
        let top = plotTop - 1, bottom = plotTop + max(rowCount, 1), right = plotLeft + columns
        for c in plotLeft..<right {
            grid.set(c, top, glyphs.horizontal, .frame)
            grid.set(c, bottom, glyphs.horizontal, .frame)
        }
        for r in plotTop..<bottom {
            grid.set(plotLeft - 1, r, glyphs.vertical, .frame)
            grid.set(right, r, glyphs.vertical, .frame)
        }
        grid.set(plotLeft - 1, top, glyphs.corners.0, .frame)
        grid.set(right, top, glyphs.corners.1, .frame)
        grid.set(plotLeft - 1, bottom, glyphs.corners.2, .frame)
        grid.set(right, bottom, glyphs.corners.3, .frame)
        var column = right + 3
        for text in table {
            grid.write(text.padded(text.title), at: column, row: top, style: .title)
            for (index, entry) in text.entries.enumerated() {
                grid.write(text.padded(entry), at: column, row: plotTop + index)
            }
            column += text.width + 2
        }
        drawAxis(into: &grid, glyphs: glyphs, bottom: bottom)
    }

    private func drawAxis(into grid: inout CellGrid, glyphs: Glyphs, bottom: Int) {
        let starts = Self.labelStarts(axis, plotLeft: plotLeft, columns: columns, width: target.width) ?? []
        for (index, tick) in axis.ticks.enumerated() {
            grid.set(plotLeft + axis.cell(ofScaled: tick, cells: columns), bottom, glyphs.bottomTick, .frame)
            if index < starts.count { grid.write(axis.labels[index], at: starts[index], row: bottom + 1) }
        }
        var row = bottom + 2
        if let xLabel {
            grid.writeCentered(xLabel, from: plotLeft, to: plotLeft + columns, row: row)
            row += 1
        }
        for note in notes {
            grid.write(grid.fitted(note, to: target.width), at: 0, row: row)
            row += 1
        }
    }
}
