/// A histogram of one set of values: vertical bars in eighth blocks over 1-2-5 bins.
///
///     Histogram(title: "weights", values: weights)            // Sturges bins
///     Histogram(values: grads, bins: .count(30), xLabel: "gradient")
public struct Histogram: TextPlottable {
    /// The title above the plot.
    public var title: String?
    /// The values; NaN and ±Inf are skipped and noted.
    public var values: [Double]
    /// How values are binned.
    public var bins: Binning
    /// The x-axis label.
    public var xLabel: String?
    /// Extra notes under the plot.
    public var notes: [String]

    /// A histogram; only the values are required.
    public init(title: String? = nil, values: [Double], bins: Binning = .sturges,
                xLabel: String? = nil, notes: [String] = []) {
        self.title = title
        self.values = values
        self.bins = bins
        self.xLabel = xLabel
        self.notes = notes
    }

    /// The plot drawn for `target`.
    public func render(in target: RenderTarget) -> PlotRender {
        let finite = FiniteValues(values)
        let rule = fittedRule(maxBins: max(1, target.width - 12))
        let bins = Bins(values: finite.values, rule: rule)
        let counts = bins.counts(finite.values)
        var allNotes: [String] = []
        if finite.values.isEmpty { allNotes.append("no data to plot") }
        if let note = finite.note() { allNotes.append(note) }
        if finite.values.count > 1, finite.values.min() == finite.values.max() {
            allNotes.append("constant data: \(NumberFormat.compact(finite.values[0], significant: 6))")
        }
        let spec = FrameSpec(title: title, xLabel: xLabel, yLabel: "count", notes: allNotes + notes,
                             x: AxisRequest(scale: .linear, low: bins.edges[0], high: bins.edges[bins.count],
                                            isFixed: true),
                             y: AxisRequest(scale: .linear, low: 0, high: Double(max(counts.max() ?? 1, 1))))
        let layout = FrameLayout(spec: spec, target: target) { columns in
            columns >= bins.count ? columns / bins.count * bins.count : columns
        }
        var grid = CellGrid(width: target.width, height: layout.totalHeight, charset: target.charset)
        layout.drawFrame(into: &grid)
        drawBars(counts, layout: layout, into: &grid)
        return grid.render(colors: target.colors)
    }

    /// The binning rule, with too many bins (or unusable edges) replaced by a count
    /// that fits the width.
    private func fittedRule(maxBins: Int) -> Binning {
        switch bins {
        case .count(let n) where n > maxBins:
            return .count(maxBins)
        case .edges(let edges):
            let increasing = zip(edges, edges.dropFirst()).allSatisfy { $0 < $1 }
            let usable = edges.count >= 2 && edges.count - 1 <= maxBins && increasing && edges.allSatisfy(\.isFinite)
            return usable ? bins : .count(min(max(edges.count - 1, 1), maxBins))
        default:
            return bins
        }
    }

    private func drawBars(_ counts: [Int], layout: FrameLayout, into grid: inout CellGrid) {
        let glyphs = Glyphs.of(layout.target.charset)
        let binWidth = max(1, layout.columns / max(counts.count, 1))
        let barWidth = binWidth >= 3 ? binWidth - 1 : binWidth
        let style = CellStyle(foreground: .series(0))
        for (bin, count) in counts.enumerated() where count > 0 && (bin + 1) * binWidth <= layout.columns {
            let height = Double(count) / (layout.y.high - layout.y.low) * Double(layout.rows)
            for row in 0..<layout.rows {
                let fill = min(max(height - Double(row), 0), 1)
                let glyph = glyphs.vertical(row == 0 ? max(fill, 0.125) : fill)
                guard glyph != " " else { break }
                for c in 0..<barWidth {
                    grid.set(layout.plotLeft + bin * binWidth + c, layout.plotTop + layout.rows - 1 - row,
                             glyph, style)
                }
            }
        }
    }
}
