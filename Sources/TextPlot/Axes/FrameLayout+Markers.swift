extension FrameLayout {
    /// Draws marker lines in the empty cells of the plot area, with their labels.
    func drawMarkers(_ markers: [MarkerLine], into grid: inout CellGrid) {
        let glyphs = Glyphs.of(target.charset)
        let style = CellStyle(foreground: .frame, isBold: true)
        for marker in markers {
            switch marker.direction {
            case .vertical:
                guard let t = x.scaled(marker.value), t >= x.low, t <= x.high else { continue }
                let column = plotLeft + x.cell(ofScaled: t, cells: columns)
                for row in plotTop..<(plotTop + rows) where grid.isBlank(column, row) {
                    grid.set(column, row, glyphs.markerVertical, style)
                }
                let labelWidth = DisplayWidth.of(marker.label) + 1
                let fitsRight = column + 1 + labelWidth <= plotLeft + columns
                let text = fitsRight ? " " + marker.label : marker.label + " "
                grid.write(text, at: fitsRight ? column + 1 : max(plotLeft, column - labelWidth),
                           row: plotTop, style: style)
            case .horizontal:
                guard let t = y.scaled(marker.value), t >= y.low, t <= y.high else { continue }
                let row = plotTop + rows - 1 - y.cell(ofScaled: t, cells: rows)
                for column in plotLeft..<(plotLeft + columns) where grid.isBlank(column, row) {
                    grid.set(column, row, glyphs.markerHorizontal, style)
                }
                let start = plotLeft + columns - DisplayWidth.of(marker.label)
                grid.write(marker.label, at: max(start, plotLeft), row: row == plotTop ? row + 1 : row - 1,
                           style: style)
            }
        }
    }
}
