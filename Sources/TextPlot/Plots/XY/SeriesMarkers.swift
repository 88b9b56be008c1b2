/// Marker glyphs along a line, so that series read apart without colour: one per point
/// for series of few points, otherwise one every few columns, staggered between series (long
/// series are sampled, about eight points per column, to find where the line is).
struct SeriesMarkers {
    /// The series.
    let series: Series
    /// Its position among the plot's series.
    let index: Int
    /// The number of series in the plot.
    let count: Int

    /// Columns between markers of one series: 8, more when many series share the plot,
    /// so that markers never take more than every other column.
    var spacing: Int { max(8, 2 * count) }

    /// Writes the markers into the plot area of `layout`.
    func draw(layout: FrameLayout, glyph: Character, style: CellStyle, into grid: inout CellGrid) {
        var bold = style
        bold.isBold = true
        bold.isDim = false
        let xMap = AxisMap(layout.x, length: layout.columns), yMap = AxisMap(layout.y, length: layout.rows)
        let spacing = spacing
        let sparse = series.count <= layout.columns / spacing
        let offset = ((index * spacing) / max(count, 1) + spacing / 2) % spacing
        var done = Array(repeating: false, count: layout.columns)
        let step = sparse ? 1 : max(1, series.count / (layout.columns * 8))
        for i in stride(from: 0, to: series.count, by: step) {
            guard let px = xMap.pixel(series.x[i]), px >= 0, px <= Double(layout.columns) else { continue }
            let column = min(Int(px), layout.columns - 1)
            if !sparse && (column % spacing != offset || done[column]) { continue }
            guard let py = yMap.pixel(series.y[i]), py >= 0, py <= Double(layout.rows) else { continue }
            done[column] = true
            let row = layout.rows - 1 - min(Int(py), layout.rows - 1)
            grid.set(layout.plotLeft + column, layout.plotTop + row, glyph, bold)
        }
    }
}
