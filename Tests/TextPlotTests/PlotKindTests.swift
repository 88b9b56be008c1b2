import Testing
@testable import TextPlot

@Suite("HistogramStack")
struct HistogramStackTests {
    @Test func columnsShowMeanStdAndPercentages() {
        let rows = [HistogramStack.Row(name: "relu", values: [0, 0, 1, 3]),
                    HistogramStack.Row(name: "tanh", values: [-1, 1, -0.5, 0.5])]
        let plot = HistogramStack(rows: rows, columns: [.mean, .std, .percentZero(title: "%dead"),
                                                       .percentAbsAbove(0.9, title: "%sat"),
                                                       .custom(title: "note", values: ["ok"])])
        let render = plot.render(width: 70, height: 10)
        RenderChecks.verify(render, width: 70)
        let relu = render.lines.first { $0.hasPrefix("relu") }!
        let tanh = render.lines.first { $0.hasPrefix("tanh") }!
        #expect(relu.contains("1.000") && relu.contains("1.225") && relu.contains("50.0") && relu.contains("ok"))
        #expect(tanh.contains("0.000") && tanh.contains("50.0"))
        #expect(render.lines.contains { $0.contains("%dead") && $0.contains("%sat") })
    }

    @Test func titlesAndLabelsUseTheWholeWidthBeforeBeingCut() {
        let lines = Examples.activations.render(width: 40, height: 12).lines
        #expect(lines.contains { $0.contains("activations by layer") })
        #expect(lines.contains { $0.split(separator: " ") == ["activation"] })
        let heatmap = Examples.gridSearch.render(width: 30, height: 10).plainText
        #expect(heatmap.contains("grid search: val accuracy"))
        let narrow = Examples.gridSearch.render(width: 12, height: 10)
        RenderChecks.verify(narrow, width: 12)
        #expect(narrow.lines[0].hasSuffix("…"))
    }

    @Test func rowsShareBinsAndEachShowsItsShape() {
        let rows = [HistogramStack.Row(name: "a", values: Array(repeating: -1, count: 10)),
                    HistogramStack.Row(name: "b", values: Array(repeating: 1, count: 3))]
        let lines = HistogramStack(rows: rows).render(width: 50, height: 8).lines
        let a = lines.first { $0.hasPrefix("a") }!, b = lines.first { $0.hasPrefix("b") }!
        let aBar = a.firstIndex(of: "█")!, bBar = b.firstIndex(of: "█")!
        #expect(a.distance(from: a.startIndex, to: aBar) < b.distance(from: b.startIndex, to: bBar))
    }
}

@Suite("BarPlot")
struct BarPlotTests {
    @Test func barsAreProportionalWithEighthBlocks() {
        let bars = [Bar(label: "a", value: 1), Bar(label: "b", value: 0.5)]
        let render = BarPlot(bars: bars).render(width: 40, height: 5)
        RenderChecks.verify(render, width: 40)
        let a = render.lines[0].filter { $0 == "█" }.count, b = render.lines[1].filter { $0 == "█" }.count
        #expect(abs(Double(b) - Double(a) / 2) <= 1)
        #expect(render.lines[0].split(separator: " ").last == "1" && render.lines[1].contains("0.5"))
    }

    @Test func negativeValuesGrowLeftFromZero() {
        let lines = BarPlot(bars: [Bar(label: "up", value: 2), Bar(label: "down", value: -2)])
            .render(width: 40, height: 5).lines
        let up = lines[0].firstIndex(of: "█")!, down = lines[1].firstIndex(of: "█")!
        let downStart = lines[1].distance(from: lines[1].startIndex, to: down)
        #expect(downStart < lines[0].distance(from: lines[0].startIndex, to: up))
    }
}

@Suite("Heatmap")
struct HeatmapTests {
    @Test func shadesFollowTheValues() {
        let lines = Heatmap(values: [[0, 0.5, 1]]).render(width: 30, height: 6).lines
        let row = lines[1]
        #expect(row.contains("█") && row.contains("▒") && row.contains("  "))
    }

    @Test func largeMatricesAreSampledToFit() {
        let values = (0..<100).map { r in (0..<300).map { Double($0 + r) } }
        for style in [Heatmap.Style.shades, .halfBlocks] {
            for colors in ColorMode.allCases {
                let render = Heatmap(values: values, style: style).render(width: 60, height: 20, colors: colors)
                RenderChecks.verify(render, width: 60)
                #expect(render.lines.count <= 20)
            }
        }
    }
}

@Suite("ScatterPlot")
struct ScatterPlotTests {
    @Test func eachCellShowsTheSeriesWithMostPoints() {
        let a = Series(name: "a", x: [0, 0, 0, 1], y: [0, 0, 0, 1])
        let b = Series(name: "b", x: [0, 1, 1], y: [0, 1, 1])
        let text = ScatterPlot(series: [a, b]).render(width: 40, height: 12).plainText
        let plotLines = text.split(separator: "\n").filter { $0.contains("│") || $0.contains("┤") }
        #expect(plotLines.contains { $0.contains("•") } && plotLines.contains { $0.contains("×") })
        #expect(text.contains("• a") && text.contains("× b"))
    }

    @Test func highlightsAreLabelled() {
        let plot = ScatterPlot(series: [Series(name: "s", x: [1, 2, 3], y: [3, 1, 2])],
                               highlights: [MarkedPoint(x: 1, y: 3, label: "best")])
        #expect(plot.render(width: 40, height: 12).plainText.contains("◉best"))
    }
}

@Suite("DecisionRegionPlot")
struct DecisionRegionPlotTests {
    static let plot = DecisionRegionPlot(
        regions: GridValues(x: 0...1, y: 0...1, columns: 2, rows: 1, values: [0, 1]),
        points: [LabeledPoint(x: 0.2, y: 0.5, label: 0), LabeledPoint(x: 0.8, y: 0.5, label: 1)],
        classNames: ["left", "right"])

    @Test func regionsAndPointsReadWithoutColour() {
        let text = Self.plot.render(width: 40, height: 12).plainText
        #expect(text.contains("·") && text.contains("-") && text.contains("●") && text.contains("▲"))
        #expect(text.contains("●· left") && text.contains("▲- right"))
    }

    @Test func suggestedScaleIsLogForPositiveDataSpanningDecades() {
        #expect(AxisScale.suggested(for: [1000, 10, 1, .nan]) == .log)
        #expect(AxisScale.suggested(for: [5, 1, 2]) == .linear)
        #expect(AxisScale.suggested(for: [1000, 0, 1]) == .linear)
    }
}
