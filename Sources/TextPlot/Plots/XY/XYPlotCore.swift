/// The shared renderer of line and scatter plots.
struct XYPlotCore {
    var title: String?
    var series: [Series]
    var xLabel: String?
    var yLabel: String?
    var xScale: AxisScale
    var yScale: AxisScale
    var xLimits: ClosedRange<Double>?
    var yLimits: ClosedRange<Double>?
    var markers: [MarkerLine]
    var notes: [String]
    var canvas: CanvasKind
    /// Lines between consecutive points (line plots) or single points (scatter).
    var joinsPoints: Bool
    /// Points marked with a strong glyph and a label.
    var highlights: [MarkedPoint]
    /// Scatter points as one marker glyph per cell instead of canvas dots.
    var usesMarkerGlyphs = false

    func render(in target: RenderTarget) -> PlotRender {
        let scans = series.map {
            DataScan(x: $0.x, y: $0.y, count: $0.count, xScale: xScale, yScale: yScale)
        }
        let divergence = joinsPoints ? firstNonFiniteX(scans) : nil
        var range = PlotRange(scans: scans, xScale: xScale, yScale: yScale)
        if let d = divergence, xScale == .linear || d > 0 {
            range.x = (min(range.x.low, d), max(range.x.high, d))
        }
        let layout = FrameLayout(spec: frameSpec(range: range, scans: scans, charset: target.charset),
                                 target: target)
        var grid = CellGrid(width: target.width, height: layout.totalHeight, charset: target.charset)
        layout.drawFrame(into: &grid)
        if usesMarkerGlyphs {
            drawMarkerGlyphs(layout: layout, into: &grid)
        } else {
            drawOnCanvas(layout: layout, into: &grid)
        }
        var allMarkers = markers
        if let d = divergence { allMarkers.append(.vertical(at: d, label: "not finite")) }
        layout.drawMarkers(allMarkers, into: &grid)
        drawHighlights(layout: layout, into: &grid)
        return grid.render(colors: target.colors)
    }

    /// The style of series `index`.
    func style(_ index: Int) -> CellStyle {
        let s = series[index]
        return CellStyle(foreground: .series(s.color ?? index),
                         isBold: s.emphasis == .bold, isDim: s.emphasis == .dim)
    }

    private func firstNonFiniteX(_ scans: [DataScan]) -> Double? {
        let xs = zip(series, scans).compactMap { s, scan -> Double? in
            guard let i = scan.firstNonFiniteIndex, s.x[i].isFinite, s.y[i].isFinite == false else { return nil }
            return s.x[i]
        }
        return xs.min()
    }

    private func frameSpec(range: PlotRange, scans: [DataScan], charset: Charset) -> FrameSpec {
        let glyphs = Glyphs.of(charset)
        var allNotes = range.notes
        for (index, scan) in scans.enumerated() {
            let prefix = series.count > 1 ? series[index].name + ": " : ""
            allNotes += scan.notes(prefix: prefix, x: series[index].x, xName: xLabel ?? "x")
        }
        let legend: [LegendEntry] = series.count < 2 ? [] : series.indices.map { i in
            let sample = usesMarkerGlyphs || !joinsPoints
                ? String(glyphs.marker(i))
                : series[i].emphasis == .dim ? String(repeating: glyphs.dot, count: 3)
                : String([glyphs.line, isMarked(i) ? glyphs.marker(i) : glyphs.line, glyphs.line])
            return LegendEntry(sample: sample, style: style(i), name: series[i].name)
        }
        let x = xLimits.flatMap(Self.usable).map {
            AxisRequest(scale: xScale, low: $0.lowerBound, high: $0.upperBound, isFixed: true)
        } ?? AxisRequest(scale: xScale, low: range.x.low, high: range.x.high)
        let y = yLimits.flatMap(Self.usable).map {
            AxisRequest(scale: yScale, low: $0.lowerBound, high: $0.upperBound, isFixed: true)
        } ?? AxisRequest(scale: yScale, low: range.y.low, high: range.y.high)
        return FrameSpec(title: title, legend: legend, xLabel: xLabel, yLabel: yLabel,
                         notes: allNotes + notes, x: x, y: y)
    }

    /// Limits that can be drawn: finite, and positive on log axes (checked later).
    private static func usable(_ limits: ClosedRange<Double>) -> ClosedRange<Double>? {
        limits.lowerBound.isFinite && limits.upperBound.isFinite ? limits : nil
    }

    private func drawOnCanvas(layout: FrameLayout, into grid: inout CellGrid) {
        let kind = CanvasFactory.resolve(canvas, charset: layout.target.charset)
        var canvas = CanvasFactory.make(kind, columns: layout.columns, rows: layout.rows,
                                        inkCount: series.count)
        let rasterizer = SeriesRasterizer(layout: layout, pixelWidth: canvas.pixelWidth,
                                          pixelHeight: canvas.pixelHeight)
        for (index, s) in series.enumerated() {
            if joinsPoints && s.emphasis != .dim {
                rasterizer.drawLines(x: s.x, y: s.y, count: s.count, ink: index, on: &canvas)
            } else {
                rasterizer.drawPoints(x: s.x, y: s.y, count: s.count, ink: index, on: &canvas)
            }
        }
        layout.place(canvas, into: &grid) { cell in
            var cellStyle = style(cell.ink)
            cellStyle.background = cell.backgroundInk.map { .series(series[$0].color ?? $0) }
            return cellStyle
        }
        if joinsPoints {
            let marked = series.indices.filter(isMarked)
            for (position, index) in marked.enumerated() {
                SeriesMarkers(series: series[index], index: position, count: marked.count)
                    .draw(layout: layout, glyph: Glyphs.of(layout.target.charset).marker(index),
                          style: style(index), into: &grid)
            }
        }
    }

    /// Whether line series `index` carries marker glyphs: only when two or more series
    /// are drawn at full strength, and never a dimmed one (raw data under its average).
    private func isMarked(_ index: Int) -> Bool {
        series[index].emphasis != .dim && series.count { $0.emphasis != .dim } > 1
    }
}
