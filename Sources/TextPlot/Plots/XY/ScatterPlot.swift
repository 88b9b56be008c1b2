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
