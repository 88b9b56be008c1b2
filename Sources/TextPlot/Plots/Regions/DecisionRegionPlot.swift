/// The regions a classifier assigns to each class, with the data points on top.
///
///     let regions = GridValues(x: -1...1, y: -1...1, columns: 80, rows: 40,
///                              values: predictedClasses)
///     DecisionRegionPlot(title: "spiral", regions: regions, points: data,
///                        classNames: ["red", "blue"])
///
/// Each region shows a light glyph of its class (`·`, `-`, …) and each point a strong
/// one (`●`, `▲`, …), so the plot reads without colour; with colour, regions and
/// points take their class colour and boundary cells show both classes as half blocks.
public struct DecisionRegionPlot: TextPlottable {
    /// The title above the plot.
    public var title: String?
    /// The predicted class on a grid over the plotted rectangle.
    public var regions: GridValues<Int>
    /// The data points.
    public var points: [LabeledPoint]
    /// Class names for the legend, by class index.
    public var classNames: [String]
    /// The x-axis label.
    public var xLabel: String?
    /// The y-axis label.
    public var yLabel: String?
    /// Extra notes under the plot.
    public var notes: [String]

    /// A decision-region plot; regions and points are required.
    public init(title: String? = nil, regions: GridValues<Int>, points: [LabeledPoint],
                classNames: [String] = [], xLabel: String? = nil, yLabel: String? = nil,
                notes: [String] = []) {
        self.title = title
        self.regions = regions
        self.points = points
        self.classNames = classNames
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.notes = notes
    }

    /// The plot drawn for `target`.
    public func render(in target: RenderTarget) -> PlotRender {
        let layout = FrameLayout(spec: frameSpec(charset: target.charset), target: target)
        var grid = CellGrid(width: target.width, height: layout.totalHeight, charset: target.charset)
        layout.drawFrame(into: &grid)
        var canvas = HalfBlockCanvas(columns: layout.columns, rows: layout.rows)
        for px in 0..<canvas.pixelWidth {
            for py in 0..<canvas.pixelHeight {
                let x = layout.x.low + (Double(px) + 0.5) / Double(canvas.pixelWidth) * (layout.x.high - layout.x.low)
                let y = layout.y.low + (Double(py) + 0.5) / Double(canvas.pixelHeight) * (layout.y.high - layout.y.low)
                canvas.setPixel(x: px, y: py, ink: max(regions.nearest(x: x, y: y), 0))
            }
        }
        drawRegions(canvas, layout: layout, into: &grid)
        drawPoints(layout: layout, into: &grid)
        return grid.render(colors: target.colors)
    }

    private func drawRegions(_ canvas: HalfBlockCanvas, layout: FrameLayout, into grid: inout CellGrid) {
        let glyphs = Glyphs.of(layout.target.charset)
        let twoColors = layout.target.colors != .none && layout.target.charset == .unicode
        for row in 0..<layout.rows {
            for column in 0..<layout.columns {
                guard let cell = canvas.cell(column: column, row: row) else { continue }
                let top = canvas.ink(column: column, row: row, half: 0) ?? cell.ink
                let bottom = canvas.ink(column: column, row: row, half: 1) ?? cell.ink
                let (glyph, style): (Character, CellStyle) = top != bottom && twoColors
                    ? ("▀", CellStyle(foreground: .series(top), background: .series(bottom), isDim: true))
                    : (glyphs.region(top), CellStyle(foreground: .series(top), isDim: true))
                grid.set(layout.plotLeft + column, layout.plotTop + row, glyph, style)
            }
        }
    }

    /// One strong glyph per cell: the class with most points there (ties to the higher class).
    private func drawPoints(layout: FrameLayout, into grid: inout CellGrid) {
        let labels = Array(Set(points.map(\.label).filter { $0 >= 0 })).sorted()
        guard !labels.isEmpty else { return }
        var counts = Array(repeating: 0, count: layout.columns * layout.rows * labels.count)
        for point in points where point.label >= 0 {
            guard let cell = layout.gridCell(x: point.x, y: point.y),
                  let k = labels.firstIndex(of: point.label) else { continue }
            let flat = (cell.row - layout.plotTop) * layout.columns + cell.column - layout.plotLeft
            counts[flat * labels.count + k] += 1
        }
        let glyphs = Glyphs.of(layout.target.charset)
        for flat in 0..<(layout.columns * layout.rows) {
            var best = -1, bestCount = 0
            for k in labels.indices where counts[flat * labels.count + k] >= max(bestCount, 1) {
                best = labels[k]
                bestCount = counts[flat * labels.count + k]
            }
            guard best >= 0 else { continue }
            grid.set(layout.plotLeft + flat % layout.columns, layout.plotTop + flat / layout.columns,
                     glyphs.point(best), CellStyle(foreground: .series(best), isBold: true))
        }
    }

    private func frameSpec(charset: Charset) -> FrameSpec {
        let glyphs = Glyphs.of(charset)
        let classes = Array(Set(points.map(\.label) + regions.values).filter { $0 >= 0 }).sorted().prefix(8)
        let legend = classes.map { c in
            LegendEntry(sample: String([glyphs.point(c), glyphs.region(c)]),
                        style: CellStyle(foreground: .series(c), isBold: true),
                        name: c < classNames.count ? classNames[c] : "class \(c)")
        }
        var allNotes: [String] = points.isEmpty ? ["no data points"] : []
        let skipped = points.filter { !$0.x.isFinite || !$0.y.isFinite }.count
        if skipped > 0 { allNotes.append("\(DataScan.points(skipped)) not finite (skipped)") }
        return FrameSpec(title: title, legend: legend, xLabel: xLabel, yLabel: yLabel, notes: allNotes + notes,
                         x: AxisRequest(scale: .linear, low: regions.x.lowerBound, high: regions.x.upperBound,
                                        isFixed: true),
                         y: AxisRequest(scale: .linear, low: regions.y.lowerBound, high: regions.y.upperBound,
                                        isFixed: true))
    }
}
