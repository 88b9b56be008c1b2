import Elementary

/// A matrix drawn as shaded cells: a grid search's scores, a confusion matrix, weights.
///
///     Heatmap(title: "val accuracy", values: scores,
///             rowLabels: ["1e-4", "1e-3", "1e-2"], columnLabels: ["16", "32", "64"],
///             showsValues: true, xLabel: "width", yLabel: "learning rate")
///
/// Cells use the shade ramp ` ░▒▓█` (ASCII ` .:*#`), so the plot reads without colour;
/// colour modes add a colour ramp. With `.halfBlocks` and colour on, each line shows
/// two matrix rows as coloured half blocks (for large matrices such as images).
public struct Heatmap: TextPlottable {
    /// How cells are drawn.
    public enum Style: String, Sendable {
        /// One shade glyph per cell, values optional.
        case shades
        /// Two matrix rows per line in colour (shades when colour is off).
        case halfBlocks
    }

    /// The title above the plot.
    public var title: String?
    /// The matrix, rows from top to bottom.
    public var values: [[Double]]
    /// Labels of the rows (left).
    public var rowLabels: [String]
    /// Labels of the columns (under the cells).
    public var columnLabels: [String]
    /// Write each value in its cell.
    public var showsValues: Bool
    /// Decimals for the values in the cells; nil means enough for two significant
    /// digits of the largest value.
    public var decimals: Int?
    /// The label under the column labels.
    public var xLabel: String?
    /// The label above the row labels.
    public var yLabel: String?
    /// How cells are drawn.
    public var style: Style
    /// Extra notes under the plot.
    public var notes: [String]

    /// A heatmap; only the values are required.
    public init(title: String? = nil, values: [[Double]], rowLabels: [String] = [],
                columnLabels: [String] = [], showsValues: Bool = false, decimals: Int? = nil,
                xLabel: String? = nil, yLabel: String? = nil, style: Style = .shades,
                notes: [String] = []) {
        self.title = title
        self.values = values
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.showsValues = showsValues
        self.decimals = decimals
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.style = style
        self.notes = notes
    }

    /// The plot drawn for `target`.
    public func render(in target: RenderTarget) -> PlotRender {
        let scale = HeatmapScale(values: values)
        let halfBlocks = style == .halfBlocks && target.colors != .none && target.charset == .unicode
        let layout = HeatmapLayout(plot: self, target: target, scale: scale, halfBlocks: halfBlocks)
        var grid = CellGrid(width: target.width, height: layout.totalHeight, charset: target.charset)
        layout.drawLabels(into: &grid, scale: scale)
        for line in 0..<layout.lineCount {
            for k in 0..<layout.columnCount {
                if halfBlocks {
                    drawHalfBlock(line: line, k: k, layout: layout, scale: scale, into: &grid)
                } else {
                    drawShade(line: line, k: k, layout: layout, scale: scale, into: &grid)
                }
            }
        }
        return grid.render(colors: target.colors)
    }

    /// The matrix value at a row and column, NaN where a row is short.
    func value(_ row: Int, _ column: Int) -> Double {
        column < values[row].count ? values[row][column] : .nan
    }

    /// The text of a value in a cell, all cells with the same decimals.
    func valueText(_ v: Double, scale: HeatmapScale) -> String {
        guard v.isFinite else { return v.isNaN ? "NaN" : (v > 0 ? "Inf" : "-Inf") }
        if let decimals { return NumberFormat.fixed(v, decimals: decimals) }
        let largest = max(abs(scale.low), abs(scale.high))
        guard largest >= 1e-3, largest < 1e5 else { return NumberFormat.compact(v, significant: 2) }
        return NumberFormat.fixed(v, decimals: max(0, 1 - Int(Math.log10(largest).rounded(.down))))
    }

    private func drawShade(line: Int, k: Int, layout: HeatmapLayout, scale: HeatmapScale,
                           into grid: inout CellGrid) {
        let glyphs = Glyphs.of(layout.target.charset)
        let v = value(layout.matrixRow(line, half: 0), layout.matrixColumn(k))
        let fraction = scale.fraction(v)
        let glyph: Character = fraction.map { glyphs.shade($0) } ?? (layout.target.charset == .ascii ? "?" : "×")
        let cellStyle = CellStyle(foreground: fraction.map { .ramp(HeatmapScale.level($0)) })
        let left = layout.cellLeft(k), row = layout.firstLine + line
        let fill = layout.showsValues ? layout.cellWidth - 1 : layout.cellWidth
        for c in 0..<fill { grid.set(left + c, row, glyph, cellStyle) }
        guard layout.showsValues else { return }
        let text = " " + valueText(v, scale: scale) + " "
        grid.write(text, at: left + (fill - DisplayWidth.of(text)) / 2, row: row, style: CellStyle(isBold: true))
    }

    private func drawHalfBlock(line: Int, k: Int, layout: HeatmapLayout, scale: HeatmapScale,
                               into grid: inout CellGrid) {
        let column = layout.matrixColumn(k)
        let top = scale.fraction(value(layout.matrixRow(line, half: 0), column))
        let bottomRow = layout.matrixRow(line, half: 1)
        let bottom = bottomRow < values.count ? scale.fraction(value(bottomRow, column)) : nil
        let cellStyle = CellStyle(foreground: top.map { .ramp(HeatmapScale.level($0)) },
                                  background: bottom.map { .ramp(HeatmapScale.level($0)) })
        let glyph: Character = top == nil ? (bottom == nil ? " " : "▄") : "▀"
        var style = cellStyle
        if top == nil { style = CellStyle(foreground: cellStyle.background) }
        for c in 0..<layout.cellWidth { grid.set(layout.cellLeft(k) + c, layout.firstLine + line, glyph, style) }
    }
}
