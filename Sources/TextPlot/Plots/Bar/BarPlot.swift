/// Horizontal bars with labels and values, in eighth blocks.
///
///     BarPlot(title: "accuracy by model",
///             bars: [Bar(label: "mlp", value: 0.91), Bar(label: "cnn", value: 0.97)])
public struct BarPlot: TextPlottable {
    /// The title above the bars.
    public var title: String?
    /// The bars, top to bottom.
    public var bars: [Bar]
    /// Extra notes under the plot.
    public var notes: [String]

    /// A bar plot; only the bars are required.
    public init(title: String? = nil, bars: [Bar], notes: [String] = []) {
        self.title = title
        self.bars = bars
        self.notes = notes
    }

    /// The plot drawn for `target`.
    public func render(in target: RenderTarget) -> PlotRender {
        let finite = bars.map(\.value).filter(\.isFinite)
        let low = min(finite.min() ?? 0, 0), high = max(finite.max() ?? 0, 0)
        let texts = bars.map { NumberFormat.compact($0.value, significant: 4) }
        let labelWidth = min(bars.map { DisplayWidth.of($0.label) }.max() ?? 0, max(target.width / 3, 1))
        let valueWidth = texts.map { DisplayWidth.of($0) }.max() ?? 0
        let barLeft = labelWidth + 2
        let span = max(1, target.width - barLeft - valueWidth - 1)
        var allNotes: [String] = bars.isEmpty ? ["no data to plot"] : []
        let skipped = bars.count - finite.count
        if skipped > 0, let first = bars.firstIndex(where: { !$0.value.isFinite }) {
            allNotes.append("\(skipped == 1 ? "1 value" : "\(skipped) values") not finite, from \(bars[first].label)")
        }
        allNotes += notes
        let top = title == nil ? 0 : 1
        var grid = CellGrid(width: target.width, height: top + max(bars.count, 1) + allNotes.count,
                            charset: target.charset)
        if let title { grid.writeCentered(title, from: 0, to: target.width, row: 0, style: .title) }
        let position = { (v: Double) -> Double in
            high > low ? Double(span) * min(max((v / 2 - low / 2) / (high / 2 - low / 2), 0), 1) : 0
        }
        let zero = position(0)
        let glyphs = Glyphs.of(target.charset)
        for (index, bar) in bars.enumerated() {
            let row = top + index
            let label = grid.fitted(bar.label, to: labelWidth)
            grid.write(label, at: labelWidth - DisplayWidth.of(label), row: row)
            grid.set(barLeft - 1, row, glyphs.vertical, .frame)
            let end = bar.value.isFinite ? position(bar.value) : zero
            let last = drawBar(from: zero, to: end, left: barLeft, row: row, glyphs: glyphs, into: &grid)
            grid.write(texts[index], at: max(last, barLeft + Int(zero.rounded(.up))) + 1, row: row)
        }
        for (index, note) in allNotes.enumerated() {
            grid.write(grid.fitted(note, to: target.width), at: 0, row: top + max(bars.count, 1) + index)
        }
        return grid.render(colors: target.colors)
    }

    /// Draws a bar between two positions (in columns); returns the column after it.
    private func drawBar(from zero: Double, to end: Double, left: Int, row: Int, glyphs: Glyphs,
                         into grid: inout CellGrid) -> Int {
        let style = CellStyle(foreground: .series(0))
        if end >= zero {
            let whole = Int((end - zero).rounded(.down)), start = Int(zero.rounded())
            for c in 0..<whole { grid.set(left + start + c, row, glyphs.horizontalPart(1), style) }
            let part = glyphs.horizontalPart(end - zero - Double(whole))
            if part != " " { grid.set(left + start + whole, row, part, style); return left + start + whole + 1 }
            return left + start + whole
        }
        let from = Int(end.rounded()), to = Int(zero.rounded())
        for c in from..<max(to, from) { grid.set(left + c, row, glyphs.horizontalPart(1), style) }
        return left + to
    }
}
