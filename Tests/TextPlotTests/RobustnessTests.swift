import Testing
@testable import TextPlot

/// NaN, ±Inf, empty data, one point and constant data: every kind plots without a
/// crash, with a note, in every colour mode and character set.
@Suite("Robustness")
struct RobustnessTests {
    /// Degenerate data sets with the note each must produce.
    static let data: [(name: String, values: [Double], note: String)] = [
        ("empty", [], "no data"),
        ("one point", [0.5], "one point"),
        ("constant", [2, 2, 2, 2], "constant"),
        ("NaN", [1, 2, .nan, 3, .nan], "2 points not finite"),
        ("Inf", [1, .infinity, 2, -.infinity], "2 points not finite"),
        ("all NaN", [.nan, .nan], "not finite"),
        ("huge", [1e300, -1e300, 5], ""),
        ("extreme", [Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude, 0], ""),
        ("tiny", [5e-324, 1e-320, 0], ""),
    ]

    static func plots(_ values: [Double]) -> [(String, any TextPlottable)] {
        let series = Series(name: "s", y: values)
        let square = Int(Double(values.count).squareRoot().rounded(.up))
        let side = max(square, 1)
        let padding = Array(repeating: 0.0, count: side * side - values.count)
        let grid = GridValues(x: 0...1, y: 0...1, columns: side, rows: side, values: values + padding)
        return [
            ("line", LinePlot(title: "t", series: [series], xLabel: "step")),
            ("line log", LinePlot(series: [series, series.smoothed()], xScale: .log, yScale: .log)),
            ("scatter", ScatterPlot(series: [Series(name: "s", x: values, y: values)], xScale: .log)),
            ("scatter dots", ScatterPlot(series: [series], usesDots: true)),
            ("histogram", Histogram(values: values)),
            ("stack", HistogramStack(rows: [.init(name: "a", values: values), .init(name: "b", values: [])],
                                     columns: [.mean, .std, .percentZero(title: "%0")])),
            ("heatmap", Heatmap(values: [values, values], showsValues: true)),
            ("heatmap blocks", Heatmap(values: [values], style: .halfBlocks)),
            ("bar", BarPlot(bars: values.enumerated().map { Bar(label: "b\($0)", value: $1) })),
            ("contour", ContourPlot(surface: grid, path: values.map { PlotPoint(x: $0, y: $0) })),
            ("regions", DecisionRegionPlot(regions: GridValues(x: 0...1, y: 0...1, columns: 1, rows: 1, values: [0]),
                                           points: values.map { LabeledPoint(x: $0, y: $0, label: 1) })),
        ]
    }

    @Test(arguments: data.indices)
    func everyKindDrawsDegenerateData(index: Int) {
        let (name, values, _) = Self.data[index]
        for (kind, plot) in Self.plots(values) {
            for colors in ColorMode.allCases {
                for charset in Charset.allCases {
                    let render = plot.render(width: 50, height: 14, colors: colors, charset: charset)
                    RenderChecks.verify(render, width: 50)
                    #expect(render.lines.count <= 20, "\(kind) \(name) too tall")
                }
            }
        }
    }

    @Test(arguments: data.indices)
    func linePlotsSayWhatWasSkipped(index: Int) {
        let (_, values, note) = Self.data[index]
        let text = LinePlot(series: [Series(name: "s", y: values)], xLabel: "step")
            .render(width: 60, height: 12).plainText
        #expect(note.isEmpty || text.contains(note), "missing note \"\(note)\" in\n\(text)")
    }

    @Test func divergenceNoteNamesTheFirstStepAndMarksIt() {
        var loss = (1...100).map { 1 / Double($0) }
        for i in 60..<100 { loss[i] = i % 2 == 0 ? .nan : .infinity }
        let text = LinePlot(series: [Series(name: "loss", y: loss)], xLabel: "step")
            .render(width: 60, height: 14).plainText
        #expect(text.contains("40 points not finite, from step 61"))
        #expect(text.contains("not finite ┊") || text.contains("┊ not finite"))
    }

    @Test func nonPositiveValuesOnALogAxisAreNoted() {
        let text = LinePlot(series: [Series(name: "s", y: [1, 0, -1, 10, 100])], yScale: .log)
            .render(width: 60, height: 12).plainText
        #expect(text.contains("2 points <= 0 not shown on a log axis"))
        #expect(text.contains("10¹"))
    }

    @Test(arguments: [1, 5, 12, 30])
    func tinySizesNeverExceedTheWidth(width: Int) {
        for (_, plot) in Self.plots([1, 2, 3, 4, 5, .nan]) {
            let render = plot.render(width: width, height: 3)
            RenderChecks.verify(render, width: width)
        }
    }

    @Test func emptyContainersAndAbsurdOptionsDraw() {
        let plots: [any TextPlottable] = [
            HistogramStack(rows: []), BarPlot(bars: []), Heatmap(values: []), LinePlot(series: []),
            ScatterPlot(series: []), Histogram(values: [1, 2, 3], bins: .count(1_000_000)),
            Histogram(values: [1, 2, 3], bins: .edges([3, 1, .nan])), Histogram(values: [1, 2], bins: .count(0)),
            DecisionRegionPlot(regions: GridValues(x: 0...1, y: 0...1, columns: 1, rows: 1, values: [1_000_000]),
                               points: [LabeledPoint(x: 0.5, y: 0.5, label: 999_999),
                                        LabeledPoint(x: 0, y: 0, label: -3)]),
            ContourPlot(surface: GridValues(x: 0...0, y: 1...1, columns: 1, rows: 1, values: [Double.nan]),
                        levels: .values([.nan, 1])),
        ]
        for plot in plots {
            for charset in Charset.allCases {
                RenderChecks.verify(plot.render(width: 50, height: 12, colors: .ansi256, charset: charset), width: 50)
            }
        }
    }

    @Test func infiniteLimitsAreIgnored() {
        let plot = LinePlot(series: [Series(name: "s", y: [1, 2, 3])], yScale: .log,
                            xLimits: 0...Double.infinity, yLimits: -1...10)
        RenderChecks.verify(plot.render(width: 40, height: 10), width: 40)
    }
}
