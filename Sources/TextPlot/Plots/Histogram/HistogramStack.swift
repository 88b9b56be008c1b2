/// Histograms of several sets of values sharing one set of bins, one line each, with
/// summary columns beside them: activations or gradients by layer.
///
///     HistogramStack(title: "activations",
///                    rows: layers.enumerated().map { .init(name: "layer \($0 + 1)", values: $1) },
///                    columns: [.mean, .std, .percentAbsAbove(0.97, title: "%sat")])
///
/// Each line is scaled to its own tallest bin, so it shows the shape of its
/// distribution; the columns give the numbers.
public struct HistogramStack: TextPlottable {
    /// One line of the stack.
    public struct Row: Sendable {
        /// The name at the left.
        public var name: String
        /// The values; NaN and ±Inf are skipped and noted.
        public var values: [Double]

        /// A named row.
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// A summary column at the right.
    public enum Column: Sendable {
        /// The mean of the finite values.
        case mean
        /// The standard deviation of the finite values.
        case std
        /// The percentage of values with |v| above a threshold (saturated units).
        case percentAbsAbove(Double, title: String)
        /// The percentage of values exactly zero (dead units).
        case percentZero(title: String)
        /// Given text, one entry per row.
        case custom(title: String, values: [String])
    }

    /// The title above the stack.
    public var title: String?
    /// The rows, top to bottom.
    public var rows: [Row]
    /// The summary columns, left to right.
    public var columns: [Column]
    /// The label under the shared x axis.
    public var xLabel: String?
    /// Extra notes under the plot.
    public var notes: [String]

    /// A stack of histograms; only the rows are required.
    public init(title: String? = nil, rows: [Row], columns: [Column] = [.mean, .std],
                xLabel: String? = nil, notes: [String] = []) {
        self.title = title
        self.rows = rows
        self.columns = columns
        self.xLabel = xLabel
        self.notes = notes
    }

    /// The plot drawn for `target`.
    public func render(in target: RenderTarget) -> PlotRender {
        let finite = rows.map { FiniteValues($0.values) }
        let table = columns.map { StackColumnText(column: $0, rows: finite) }
        let nameWidth = min(rows.map { DisplayWidth.of($0.name) }.max() ?? 0, max(target.width / 4, 4))
        let tableWidth = table.reduce(0) { $0 + $1.width + 2 }
        let available = max(4, target.width - nameWidth - 3 - tableWidth)
        let all = finite.flatMap(\.values)
        let bins = Bins(low: all.min() ?? 0, high: all.max() ?? 1, bins: available - 1)
        var allNotes = all.isEmpty ? ["no data to plot"] : []
        for (row, values) in zip(rows, finite) {
            if let note = values.note(prefix: row.name + ": ") { allNotes.append(note) }
        }
        let layout = StackLayout(target: target, title: title, xLabel: xLabel, rowCount: rows.count,
                                 nameWidth: nameWidth, bins: bins, notes: allNotes + notes)
        var grid = CellGrid(width: target.width, height: layout.totalHeight, charset: target.charset)
        layout.drawFrame(into: &grid, table: table)
        for (index, values) in finite.enumerated() {
            let line = layout.plotTop + index
            grid.write(grid.fitted(rows[index].name, to: nameWidth), at: 0, row: line)
            drawRow(bins.counts(values.values), line: line, layout: layout, into: &grid)
        }
        return grid.render(colors: target.colors)
    }

    private func drawRow(_ counts: [Int], line: Int, layout: StackLayout, into grid: inout CellGrid) {
        let glyphs = Glyphs.of(layout.target.charset)
        let tallest = Double(counts.max() ?? 0)
        guard tallest > 0 else { return }
        let style = CellStyle(foreground: .series(0))
        for (bin, count) in counts.enumerated() where count > 0 {
            let glyph = glyphs.vertical(max(Double(count) / tallest, 0.125))
            for c in 0..<layout.binWidth {
                grid.set(layout.plotLeft + bin * layout.binWidth + c, line, glyph, style)
            }
        }
    }
}
