extension HeatmapLayout {
    /// Draws title, scale legend, axis labels, row and column labels and notes.
    func drawLabels(into grid: inout CellGrid, scale: HeatmapScale) {
        let glyphs = Glyphs.of(target.charset)
        let right = cellLeft(columnCount)
        var line = 0
        if let title = plot.title {
            grid.writeCentered(title, from: labelWidth + 1, to: max(right, labelWidth + 2), row: line, style: .title)
            line += 1
        }
        var column = grid.write(NumberFormat.compact(scale.low) + " ", at: labelWidth + 1, row: line)
        for (index, shade) in glyphs.shades.enumerated().dropFirst() {
            let fraction = Double(index) / Double(glyphs.shades.count - 1)
            grid.set(column, line, shade, CellStyle(foreground: .ramp(HeatmapScale.level(fraction - 0.01))))
            column += 1
        }
        grid.write(" " + NumberFormat.compact(scale.high), at: column, row: line)
        line += 1
        if let yLabel = plot.yLabel { grid.write(yLabel, at: 0, row: line) }
        if !halfBlocks {
            for l in 0..<lineCount {
                let row = matrixRow(l, half: 0)
                if row < plot.rowLabels.count {
                    let label = grid.fitted(plot.rowLabels[row], to: labelWidth)
                    grid.write(label, at: labelWidth - DisplayWidth.of(label), row: firstLine + l)
                }
            }
        }
        drawColumnLabels(into: &grid)
    }

    private func drawColumnLabels(into grid: inout CellGrid) {
        var row = firstLine + lineCount
        var previousEnd = 0
        for k in 0..<columnCount {
            let index = matrixColumn(k)
            guard index < plot.columnLabels.count else { continue }
            let label = plot.columnLabels[index]
            let width = DisplayWidth.of(label)
            let start = cellLeft(k) + (cellWidth - width) / 2
            guard start > previousEnd || k == 0, start + width <= target.width else { continue }
            grid.write(label, at: max(start, 0), row: row)
            previousEnd = start + width
        }
        row += 1
        if let xLabel = plot.xLabel {
            grid.writeCentered(xLabel, from: labelWidth + 1, to: max(cellLeft(columnCount), labelWidth + 2), row: row)
            row += 1
        }
        for note in notes {
            grid.write(grid.fitted(note, to: target.width), at: 0, row: row)
            row += 1
        }
    }
}
