/// Contour lines of a surface with an optional path on top: an optimizer's steps over
/// a loss surface.
///
///     ContourPlot(title: "SGD on the valley", surface: grid,
///                 levels: .logAboveMinimum(count: 8), path: steps)
///
/// Contours are faint canvas lines; the path is a bright dot in each cell it crosses,
/// `S` at its start and `E` at its end. Named paths (several optimizers on one surface)
/// each get a series colour and marker, and a legend entry.
public struct ContourPlot: TextPlottable {
    /// The title above the plot.
    public var title: String?
    /// The surface, sampled on a grid.
    public var surface: GridValues<Double>
    /// Which levels to draw.
    public var levels: ContourLevels
    /// A path drawn on top (may be empty).
    public var path: [PlotPoint]
    /// Named paths drawn on top, each in its own colour and marker, later ones over earlier ones.
    public var paths: [ContourPath]
    /// The x-axis label.
    public var xLabel: String?
    /// The y-axis label.
    public var yLabel: String?
    /// Extra notes under the plot.
    public var notes: [String]
    /// The canvas for the contour lines (ASCII whenever the character set is ASCII).
    public var canvas: CanvasKind

    /// A contour plot; only the surface is required.
    public init(title: String? = nil, surface: GridValues<Double>,
                levels: ContourLevels = .logAboveMinimum(count: 8), path: [PlotPoint] = [],
                paths: [ContourPath] = [], xLabel: String? = nil, yLabel: String? = nil, notes: [String] = [],
                canvas: CanvasKind = .braille) {
        self.title = title
        self.surface = surface
        self.levels = levels
        self.path = path
        self.paths = paths
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.notes = notes
        self.canvas = canvas
    }

    /// The plot drawn for `target`.
    public func render(in target: RenderTarget) -> PlotRender {
        let finite = FiniteValues(surface.values)
        let low = finite.values.min() ?? 0, high = finite.values.max() ?? 1
        let levelValues = levels.resolve(low: low, high: high)
        let layout = FrameLayout(spec: frameSpec(finite: finite, levels: levelValues, charset: target.charset),
                                 target: target)
        var grid = CellGrid(width: target.width, height: layout.totalHeight, charset: target.charset)
        layout.drawFrame(into: &grid)
        let kind = CanvasFactory.resolve(canvas, charset: target.charset)
        var canvas = CanvasFactory.make(kind, columns: layout.columns, rows: layout.rows,
                                        inkCount: max(levelValues.count, 1))
        let rasterizer = SeriesRasterizer(layout: layout, pixelWidth: canvas.pixelWidth,
                                          pixelHeight: canvas.pixelHeight)
        for (index, level) in levelValues.enumerated() {
            for (a, b) in MarchingSquares.segments(surface, level: level) {
                guard let p = rasterizer.pixel(a.x, a.y), let q = rasterizer.pixel(b.x, b.y) else { continue }
                canvas.drawLine(from: p, to: q, ink: index)
            }
        }
        let count = max(levelValues.count - 1, 1)
        layout.place(canvas, into: &grid) { cell in
            CellStyle(foreground: .ramp(cell.ink * 7 / count), isDim: true)
        }
        let overlays = self.overlays(Glyphs.of(target.charset))
        for overlay in overlays { overlay.drawBody(layout: layout, into: &grid) }
        for overlay in overlays { overlay.drawEnds(layout: layout, into: &grid) }
        return grid.render(colors: target.colors)
    }

    /// The unnamed path, then the named ones.
    private func overlays(_ glyphs: Glyphs) -> [PathOverlay] {
        let unnamed = path.isEmpty ? [] : [PathOverlay(path: path, dot: glyphs.pathDot, style: PathOverlay.style)]
        return unnamed + paths.enumerated().map { index, named in
            PathOverlay(path: named.points, dot: glyphs.marker(index), style: Self.style(index))
        }
    }

    /// The style of named path `index`.
    private static func style(_ index: Int) -> CellStyle { CellStyle(foreground: .series(index), isBold: true) }

    private func frameSpec(finite: FiniteValues, levels: [Double], charset: Charset) -> FrameSpec {
        let glyphs = Glyphs.of(charset)
        var allNotes: [String] = finite.values.isEmpty ? ["no data to plot"] : []
        if finite.skipped > 0 { allNotes.append("\(finite.skipped) grid values not finite (skipped)") }
        if levels.isEmpty && !finite.values.isEmpty {
            allNotes.append("constant surface: \(NumberFormat.compact(finite.values[0], significant: 6))")
        } else if !levels.isEmpty {
            allNotes.append("levels: " + levels.map { NumberFormat.compact($0) }.joined(separator: " "))
        }
        var legend = [LegendEntry(sample: String(repeating: String(glyphs.line), count: 2),
                                  style: CellStyle(foreground: .ramp(3), isDim: true), name: "contours")]
        if !path.isEmpty {
            legend.append(LegendEntry(sample: String(glyphs.pathDot), style: PathOverlay.style, name: "path"))
        }
        for (index, named) in paths.enumerated() {
            legend.append(LegendEntry(sample: String(glyphs.marker(index)), style: Self.style(index), name: named.name))
        }
        if !path.isEmpty || !paths.isEmpty {
            let style = paths.isEmpty ? PathOverlay.style : CellStyle(isBold: true)
            legend.append(LegendEntry(sample: String(glyphs.pathStart), style: style, name: "start"))
            legend.append(LegendEntry(sample: String(glyphs.pathEnd), style: style, name: "end"))
        }
        return FrameSpec(title: title, legend: legend, xLabel: xLabel, yLabel: yLabel, notes: allNotes + notes,
                         x: AxisRequest(scale: .linear, low: surface.x.lowerBound, high: surface.x.upperBound,
                                        isFixed: true),
                         y: AxisRequest(scale: .linear, low: surface.y.lowerBound, high: surface.y.upperBound,
                                        isFixed: true))
    }
}

/// A named path over a contour plot, e.g. one optimizer's steps.
public struct ContourPath: Sendable {
    /// The name in the legend.
    public var name: String
    /// The points in data coordinates, first to last.
    public var points: [PlotPoint]

    /// A named path.
    public init(name: String, points: [PlotPoint]) {
        self.name = name
        self.points = points
    }
}
