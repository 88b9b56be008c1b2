/// A point singled out on an x–y plot (e.g. the best trial of a search).
public struct MarkedPoint: Sendable {
    /// The x value.
    public var x: Double
    /// The y value.
    public var y: Double
    /// The label written beside the point.
    public var label: String

    /// A marked point.
    public init(x: Double, y: Double, label: String) {
        self.x = x
        self.y = y
        self.label = label
    }
}

/// Points without lines: search results, embeddings, any cloud of (x, y).
///
///     ScatterPlot(title: "random search", series: [Series(name: "trials", x: lrs, y: accs)],
///                 xLabel: "learning rate", xScale: .log,
///                 highlights: [MarkedPoint(x: 3e-3, y: 0.97, label: "best")])
///
/// By default each cell shows the marker glyph of the series with most points in it;
/// with `usesDots` the points are canvas dots instead (for very many points).
public struct ScatterPlot: TextPlottable {
    /// The title above the plot.
    public var title: String?
    /// The series.
    public var series: [Series]
    /// The x-axis label.
    public var xLabel: String?
    /// The y-axis label.
    public var yLabel: String?
    /// The x scale.
    public var xScale: AxisScale
    /// The y scale.
    public var yScale: AxisScale
    /// Points marked with a strong glyph and a label.
    public var highlights: [MarkedPoint]
    /// Marker lines drawn across the plot.
    public var markers: [MarkerLine]
    /// Extra notes under the plot.
    public var notes: [String]
    /// Draw points as canvas dots rather than one glyph per cell.
    public var usesDots: Bool
    /// The canvas for dots (ASCII whenever the target's character set is ASCII).
    public var canvas: CanvasKind

    /// A scatter plot; only the series are required.
    public init(title: String? = nil, series: [Series], xLabel: String? = nil, yLabel: String? = nil,
                xScale: AxisScale = .linear, yScale: AxisScale = .linear,
                highlights: [MarkedPoint] = [], markers: [MarkerLine] = [], notes: [String] = [],
                usesDots: Bool = false, canvas: CanvasKind = .braille) {
        self.title = title
        self.series = series
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xScale = xScale
        self.yScale = yScale
        self.highlights = highlights
        self.markers = markers
        self.notes = notes
        self.usesDots = usesDots
        self.canvas = canvas
    }

    /// The plot drawn for `target`.
    public func render(in target: RenderTarget) -> PlotRender {
        var core = XYPlotCore(title: title, series: series, xLabel: xLabel, yLabel: yLabel,
                              xScale: xScale, yScale: yScale, xLimits: nil, yLimits: nil,
                              markers: markers, notes: notes, canvas: canvas, joinsPoints: false,
                              highlights: highlights)
        core.usesMarkerGlyphs = !usesDots
        return core.render(in: target)
    }
}

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
