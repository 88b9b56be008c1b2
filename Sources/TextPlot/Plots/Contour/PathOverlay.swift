/// A path drawn cell by cell on top of a plot, its start and end marked; points outside
/// the plot are left out.
struct PathOverlay {
    /// The path's points in data coordinates.
    let path: [PlotPoint]
    /// The glyph of the path's body.
    let dot: Character
    /// The path's style.
    let style: CellStyle

    /// The style of an unnamed path: bright and bold.
    static let style = CellStyle(foreground: .series(1), isBold: true)

    /// The cells of the points inside the plot.
    private func cells(_ layout: FrameLayout) -> [(Int, Int)] {
        path.compactMap { p -> (Int, Int)? in
            guard p.x.isFinite, p.y.isFinite, let cell = layout.gridCell(x: p.x, y: p.y) else { return nil }
            return (cell.column, cell.row)
        }
    }

    /// Marks every cell the path passes through.
    func drawBody(layout: FrameLayout, into grid: inout CellGrid) {
        let cells = cells(layout)
        for (a, b) in zip(cells, cells.dropFirst()) {
            let steps = max(abs(b.0 - a.0), abs(b.1 - a.1), 1)
            for i in 0...steps {
                let column = a.0 + (b.0 - a.0) * i / steps, row = a.1 + (b.1 - a.1) * i / steps
                grid.set(column, row, dot, style)
            }
        }
    }

    /// Marks the first and the last point inside the plot as start and end.
    func drawEnds(layout: FrameLayout, into grid: inout CellGrid) {
        let glyphs = Glyphs.of(layout.target.charset)
        let cells = cells(layout)
        if let first = cells.first { grid.set(first.0, first.1, glyphs.pathStart, style) }
        if let last = cells.last, cells.count > 1 { grid.set(last.0, last.1, glyphs.pathEnd, style) }
    }
}
