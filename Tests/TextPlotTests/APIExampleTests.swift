import Testing
import TextPlot

/// The README's API example, compiled against the public API only (no @testable).
@Suite("API example")
struct APIExampleTests {
    @Test func readmeExampleRendersForAResolvedTerminal() {
        let history: [Float] = (1...500).map { 2 / Float($0) + 0.01 }
        let losses: [Double] = history.map(Double.init)
        let raw = Series(name: "loss", y: losses)
        let plot = LinePlot(title: "training loss",
                            series: [raw.dimmed(), raw.smoothed(beta: 0.98)],
                            xLabel: "step",
                            yScale: AxisScale.suggested(for: losses),
                            markers: [.vertical(at: 120, label: "best val"),
                                      .horizontal(at: 0.1, label: "target")])
        let target = RenderTarget.resolve(TerminalEnvironment(
            isTTY: true, noColor: false, forceColor: false, term: "xterm-256color",
            terminalSize: (columns: 100, lines: 30)))
        let render = plot.render(in: target)
        #expect(target == RenderTarget(width: 100, height: 30, colors: .ansi256, charset: .unicode))
        #expect(render.lines.count <= 30 && render.lines.allSatisfy { DisplayWidth.of($0) == 100 })
        #expect(render.ansiText().contains("\u{1B}[38;5;"))
        #expect(render.plainText.contains("10⁻¹") && render.plainText.contains("best val"))
    }

    @Test func everyKindIsAnExistentialPlottable() {
        let plots: [any TextPlottable] = [
            LinePlot(series: [Series(name: "a", y: [1, 2])]),
            ScatterPlot(series: [Series(name: "a", x: [1, 2], y: [2, 1])]),
            Histogram(values: [1, 2, 2, 3]),
            HistogramStack(rows: [.init(name: "l1", values: [0, 1])]),
            Heatmap(values: [[1, 2], [3, 4]], showsValues: true),
            BarPlot(bars: [Bar(label: "a", value: 1)]),
            ContourPlot(surface: GridValues(x: 0...1, y: 0...1, columns: 2, rows: 2, values: [0, 1, 1, 2])),
            DecisionRegionPlot(regions: GridValues(x: 0...1, y: 0...1, columns: 1, rows: 1, values: [0]),
                               points: [LabeledPoint(x: 0.5, y: 0.5, label: 0)]),
        ]
        for plot in plots {
            #expect(!plot.render(width: 60, height: 12).lines.isEmpty)
        }
    }
}
