extension FrameLayout {
    /// Draws title, legend, frame, ticks, tick labels, axis labels and notes.
    func drawFrame(into grid: inout CellGrid) {
        let glyphs = Glyphs.of(target.charset)
        var line = 0
        if let title = spec.title {
            grid.writeCentered(title, from: plotLeft, to: plotLeft + columns + 2, row: line, style: .title)
            line += 1
        }
        for (offset, entries) in legendLines.enumerated() where line + offset < plotTop - 1 {
            drawLegend(entries, into: &grid, row: line + offset)
        }
        drawBorders(into: &grid, glyphs: glyphs)
        drawTicks(into: &grid, glyphs: glyphs)
        var row = tickLabelRow + 1
        if let xLabel = spec.xLabel {
            grid.writeCentered(xLabel, from: plotLeft, to: plotLeft + columns + 2, row: row)
            row += 1
        }
        for note in spec.notes {
            grid.write(grid.fitted(note, to: target.width), at: 0, row: row)
            row += 1
        }
    }

    private func drawLegend(_ entries: [LegendEntry], into grid: inout CellGrid, row: Int) {
        var column = plotLeft
        for entry in entries {
            column = grid.write(entry.sample, at: column, row: row, style: entry.style)
            let name = grid.fitted(" " + entry.name, to: max(0, target.width - column))
            column = grid.write(name, at: column, row: row) + 3
        }
    }

    private func drawBorders(into grid: inout CellGrid, glyphs: Glyphs) {
        let top = plotTop - 1, bottom = plotTop + rows
        let left = plotLeft - 1, right = plotLeft + columns
        grid.set(left, top, glyphs.corners.0, .frame)
        grid.set(right, top, glyphs.corners.1, .frame)
        grid.set(left, bottom, glyphs.corners.2, .frame)
        grid.set(right, bottom, glyphs.corners.3, .frame)
        for c in plotLeft..<right {
            grid.set(c, top, glyphs.horizontal, .frame)
            grid.set(c, bottom, glyphs.horizontal, .frame)
        }
        for r in plotTop..<bottom {
            grid.set(left, r, glyphs.vertical, .frame)
            grid.set(right, r, glyphs.vertical, .frame)
        }
        if let yLabel = spec.yLabel, columns > 4 {
            let text = " " + grid.fitted(yLabel, to: columns - 3) + " "
            grid.write(text, at: plotLeft, row: top)
        }
    }

    private func drawTicks(into grid: inout CellGrid, glyphs: Glyphs) {
        for (tick, label) in zip(y.ticks, y.labels) {
            let row = plotTop + rows - 1 - y.cell(ofScaled: tick, cells: rows)
            grid.set(plotLeft - 1, row, glyphs.leftTick, .frame)
            grid.write(label, at: plotLeft - 2 - DisplayWidth.of(label), row: row)
        }
        for (index, tick) in x.ticks.enumerated() {
            grid.set(plotLeft + x.cell(ofScaled: tick, cells: columns), plotTop + rows, glyphs.bottomTick, .frame)
            if index < xLabelStarts.count {
                grid.write(x.labels[index], at: xLabelStarts[index], row: tickLabelRow)
            }
        }
    }

    /// Copies a canvas into the plot area, styling each cell by its ink.
    func place(_ canvas: some Canvas, into grid: inout CellGrid, style: (CanvasCell) -> CellStyle) {
        for row in 0..<min(rows, canvas.rows) {
            for column in 0..<min(columns, canvas.columns) {
                guard let cell = canvas.cell(column: column, row: row) else { continue }
                grid.set(plotLeft + column, plotTop + row, cell.glyph, style(cell))
            }
        }
    }

    /// The continuous pixel x of a data value on a canvas `pixels` wide, or nil.
    @inline(__always)
    func pixelX(_ value: Double, pixels: Int) -> Double? {
        guard let t = x.scaled(value) else { return nil }
        return x.position(ofScaled: t, length: pixels)
    }

    /// The continuous pixel y (from the bottom) of a data value, or nil.
    @inline(__always)
    func pixelY(_ value: Double, pixels: Int) -> Double? {
        guard let t = y.scaled(value) else { return nil }
        return y.position(ofScaled: t, length: pixels)
    }

    /// The grid cell (column, line) of a data point, or nil when outside the plot area.
    func gridCell(x value: Double, y yValue: Double) -> (column: Int, row: Int)? {
        guard let px = pixelX(value, pixels: columns), let py = pixelY(yValue, pixels: rows),
              px >= 0, py >= 0, px <= Double(columns), py <= Double(rows) else { return nil }
        let c = min(Int(px), columns - 1), r = min(Int(py), rows - 1)
        return (plotLeft + c, plotTop + rows - 1 - r)
    }
}
