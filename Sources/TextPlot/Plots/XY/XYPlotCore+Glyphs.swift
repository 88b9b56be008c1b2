extension XYPlotCore {
    /// One marker glyph per cell: the series with most points in the cell wins, ties
    /// going to the later series.
    func drawMarkerGlyphs(layout: FrameLayout, into grid: inout CellGrid) {
        let cells = layout.columns * layout.rows
        var counts = Array(repeating: Int32(0), count: cells * max(series.count, 1))
        for (index, s) in series.enumerated() {
            for i in 0..<s.count {
                guard let cell = layout.gridCell(x: s.x[i], y: s.y[i]) else { continue }
                let flat = (cell.row - layout.plotTop) * layout.columns + cell.column - layout.plotLeft
                counts[flat * series.count + index] += 1
            }
        }
        let glyphs = Glyphs.of(layout.target.charset)
        for flat in 0..<cells {
            var best = -1
            var bestCount: Int32 = 0
            for index in series.indices where counts[flat * series.count + index] >= max(bestCount, 1) {
                best = index
                bestCount = counts[flat * series.count + index]
            }
            guard best >= 0 else { continue }
            grid.set(layout.plotLeft + flat % layout.columns, layout.plotTop + flat / layout.columns,
                     glyphs.marker(best), style(best))
        }
    }

    /// Strong glyphs with labels for the highlighted points.
    func drawHighlights(layout: FrameLayout, into grid: inout CellGrid) {
        let glyph: Character = layout.target.charset == .ascii ? "#" : "◉"
        let style = CellStyle(isBold: true)
        for point in highlights {
            guard let cell = layout.gridCell(x: point.x, y: point.y) else { continue }
            grid.set(cell.column, cell.row, glyph, style)
            let width = DisplayWidth.of(point.label)
            let right = layout.plotLeft + layout.columns
            let start = cell.column + 1 + width <= right ? cell.column + 1 : cell.column - width
            grid.write(point.label, at: max(start, layout.plotLeft), row: cell.row, style: style)
        }
    }
}
