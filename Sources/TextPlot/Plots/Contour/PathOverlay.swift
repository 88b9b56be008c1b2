/// A path drawn cell by cell on top of a plot, its start and end marked.
struct PathOverlay {
    /// The path's points in data coordinates.
    let path: [PlotPoint]

    /// The path's style: bright and bold.
    static let style = CellStyle(foreground: .series(1), isBold: true)

    /// Marks every cell the path passes through, then its start and end.
    func draw(layout: FrameLayout, into grid: inout CellGrid) {
        let glyphs = Glyphs.of(layout.target.charset)
        let cells = path.compactMap { p -> (Int, Int)? in
            guard p.x.isFinite, p.y.isFinite, let cell = layout.gridCell(x: p.x, y: p.y) else { return nil }
            return (cell.column, cell.row)
        }
        for (a, b) in zip(cells, cells.dropFirst()) {
            let steps = max(abs(b.0 - a.0), abs(b.1 - a.1), 1)
            for i in 0...steps {
                let column = a.0 + (b.0 - a.0) * i / steps, row = a.1 + (b.1 - a.1) * i / steps
                grid.set(column, row, glyphs.pathDot, Self.style)
            }
        }
        if let first = cells.first { grid.set(first.0, first.1, glyphs.pathStart, Self.style) }
        if let last = cells.last, cells.count > 1 { grid.set(last.0, last.1, glyphs.pathEnd, Self.style) }
    }
}
