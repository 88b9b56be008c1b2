/// The layout of a heatmap: row labels, cells, column labels, scale legend and notes.
struct HeatmapLayout {
    /// The target size and characters.
    let target: RenderTarget
    /// The plot being laid out.
    let plot: Heatmap
    /// Width of the row-label column.
    let labelWidth: Int
    /// Columns per matrix cell.
    let cellWidth: Int
    /// Matrix columns shown (sampled when there are more than fit).
    let columnCount: Int
    /// Lines of cells.
    let lineCount: Int
    /// The first line of cells.
    let firstLine: Int
    /// Whether values are written in the cells.
    let showsValues: Bool
    /// Whether each line shows two matrix rows.
    let halfBlocks: Bool
    /// Notes under the plot.
    let notes: [String]

    /// Lays out `plot` for `target`.
    init(plot: Heatmap, target: RenderTarget, scale: HeatmapScale, halfBlocks: Bool) {
        self.plot = plot
        self.target = target
        self.halfBlocks = halfBlocks
        let matrixColumns = plot.values.map(\.count).max() ?? 0
        let labels = halfBlocks ? [] : plot.rowLabels
        labelWidth = min(labels.map { DisplayWidth.of($0) }.max() ?? 0, target.width / 4)
        let available = max(1, target.width - labelWidth - 1)
        let valueWidth = plot.values.flatMap { $0 }
            .map { DisplayWidth.of(plot.valueText($0, scale: scale)) }.max() ?? 0
        let columnLabelWidth = plot.columnLabels.map { DisplayWidth.of($0) }.max() ?? 0
        let wanted = plot.showsValues && !halfBlocks
            ? max(valueWidth + 5, columnLabelWidth + 2) : max(2, columnLabelWidth + 1)
        cellWidth = max(1, min(wanted, available / max(matrixColumns, 1)))
        columnCount = min(matrixColumns, available / cellWidth)
        showsValues = plot.showsValues && !halfBlocks && cellWidth >= valueWidth + 3
        firstLine = (plot.title == nil ? 0 : 1) + 1 + (plot.yLabel == nil ? 0 : 1)
        var notes: [String] = plot.values.isEmpty || matrixColumns == 0 ? ["no data to plot"] : []
        if scale.nonFinite > 0 {
            let cells = scale.nonFinite == 1 ? "1 cell" : "\(scale.nonFinite) cells"
            notes.append("\(cells) not finite (\(target.charset == .ascii ? "?" : "×"))")
        }
        if plot.showsValues && !showsValues { notes.append("values hidden: cells too narrow") }
        self.notes = notes + plot.notes
        let fixed = firstLine + 1 + (plot.xLabel == nil ? 0 : 1) + self.notes.count
        let matrixLines = halfBlocks ? (plot.values.count + 1) / 2 : plot.values.count
        lineCount = min(matrixLines, max(1, target.height - fixed))
    }

    /// The total number of lines.
    var totalHeight: Int { firstLine + lineCount + 1 + (plot.xLabel == nil ? 0 : 1) + notes.count }

    /// The first column of shown cell `k`.
    func cellLeft(_ k: Int) -> Int { labelWidth + 1 + k * cellWidth }

    /// The matrix column shown as cell `k` (sampled evenly when columns are dropped).
    func matrixColumn(_ k: Int) -> Int {
        let total = plot.values.map(\.count).max() ?? 0
        return columnCount == total ? k : k * total / max(columnCount, 1)
    }

    /// The matrix row shown on `line` (its `half` for half blocks).
    func matrixRow(_ line: Int, half: Int) -> Int {
        let total = halfBlocks ? (plot.values.count + 1) / 2 : plot.values.count
        let shown = lineCount == total ? line : line * total / max(lineCount, 1)
        return halfBlocks ? shown * 2 + half : shown
    }
}
