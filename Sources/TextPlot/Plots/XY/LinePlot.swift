/// Lines through x–y series: loss curves, train against validation, LR finders,
/// schedules.
///
///     LinePlot(title: "loss", series: [raw.dimmed(), raw.smoothed(beta: 0.98)],
///              xLabel: "step", yScale: .log,
///              markers: [.vertical(at: 1204, label: "best")])
///
/// Non-finite points are skipped, counted in a note that says where they start, and
/// the first one is marked. With several series, each has a marker glyph along its
/// line as well as a colour.
public struct LinePlot: TextPlottable {
    /// The title above the plot.
    public var title: String?
    /// The series, drawn in order (later ones on top).
    public var series: [Series]
    /// The x-axis label (also used in notes: "from step 1204").
    public var xLabel: String?
    /// The y-axis label.
    public var yLabel: String?
    /// The x scale.
    public var xScale: AxisScale
    /// The y scale.
    public var yScale: AxisScale
    /// Fixed x limits (data units) instead of the data's range rounded to ticks.
    public var xLimits: ClosedRange<Double>?
    /// Fixed y limits.
    public var yLimits: ClosedRange<Double>?
    /// Marker lines drawn across the plot.
    public var markers: [MarkerLine]
    /// Extra notes under the plot.
    public var notes: [String]
    /// The canvas (ASCII is used whenever the target's character set is ASCII).
    public var canvas: CanvasKind

    /// A line plot; only the series are required.
    public init(title: String? = nil, series: [Series], xLabel: String? = nil, yLabel: String? = nil,
                xScale: AxisScale = .linear, yScale: AxisScale = .linear,
                xLimits: ClosedRange<Double>? = nil, yLimits: ClosedRange<Double>? = nil,
                markers: [MarkerLine] = [], notes: [String] = [], canvas: CanvasKind = .braille) {
        self.title = title
        self.series = series
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xScale = xScale
        self.yScale = yScale
        self.xLimits = xLimits
        self.yLimits = yLimits
        self.markers = markers
        self.notes = notes
        self.canvas = canvas
    }

    /// The plot drawn for `target`.
    public func render(in target: RenderTarget) -> PlotRender {
        XYPlotCore(title: title, series: series, xLabel: xLabel, yLabel: yLabel,
                   xScale: xScale, yScale: yScale, xLimits: xLimits, yLimits: yLimits,
                   markers: markers, notes: notes, canvas: canvas, joinsPoints: true,
                   highlights: [])
            .render(in: target)
    }
}
