/// Marker glyphs along a line, so that series read apart without colour: one per point
/// for short series, otherwise one every few columns, staggered between series.
struct SeriesMarkers {
    /// The series.
    let series: Series
    /// Its position among the plot's series.
    let index: Int
    /// The number of series in the plot.
    let count: Int

    /// Columns between markers on dense series.
    static let spacing = 8

    /// Writes the markers into the plot area of `layout`.
    func draw(layout: FrameLayout, glyph: Character, style: CellStyle, into grid: inout CellGrid) {
        var bold = style
        bold.isBold = true
        bold.isDim = false
        let sparse = series.count <= layout.columns / 3
        let offset = (index * Self.spacing) / max(count, 1) + Self.spacing / 2
        var done = Set<Int>()
        for i in 0..<series.count {
            guard let cell = layout.gridCell(x: series.x[i], y: series.y[i]) else { continue }
            let column = cell.column - layout.plotLeft
            if !sparse {
                guard column % Self.spacing == offset % Self.spacing, !done.contains(column) else { continue }
                done.insert(column)
            }
            grid.set(cell.column, cell.row, glyph, bold)
        }
    }
}
