import Elementary
import Testing
@testable import TextPlot

@Suite("Series")
struct SeriesTests {
    @Test func movingAverageIsBiasCorrected() {
        let smoothed = Series.movingAverage([4, 4, 4], beta: 0.9)
        #expect(smoothed.allSatisfy { abs($0 - 4) < 1e-12 })
        let steps = Series.movingAverage([1, 3], beta: 0.5)
        #expect(steps[0] == 1)
        #expect(abs(steps[1] - (0.25 + 0.75) / 0.75 * 1) < 1e-12 || abs(steps[1] - 2.333333333333333) < 1e-9)
    }

    @Test func movingAverageMatchesTheFormula() {
        let values: [Double] = [2, 0, 5, 1, 3]
        let beta = 0.8
        var v = 0.0
        var expected: [Double] = []
        for (i, y) in values.enumerated() {
            v = beta * v + (1 - beta) * y
            expected.append(v / (1 - Foundation_pow(beta, Double(i + 1))))
        }
        let actual = Series.movingAverage(values, beta: beta)
        for (a, e) in zip(actual, expected) { #expect(abs(a - e) < 1e-12) }
    }

    @Test func nonFiniteValuesPassThroughWithoutPoisoningTheAverage() {
        let smoothed = Series.movingAverage([1, .nan, 1, .infinity, 1], beta: 0.9)
        #expect(smoothed[1].isNaN && smoothed[3] == .infinity)
        #expect([smoothed[0], smoothed[2], smoothed[4]].allSatisfy { abs($0 - 1) < 1e-12 })
    }

    @Test func defaultXCountsStepsFromOne() {
        let series = Series(name: "s", y: [5, 6, 7])
        #expect(series.x == [1, 2, 3])
        #expect(series.smoothed().emphasis == .bold && series.dimmed().emphasis == .dim)
    }

    private func Foundation_pow(_ a: Double, _ b: Double) -> Double { Math.pow(a, b) }
}

@Suite("Large inputs")
struct LargeInputTests {
    @Test func aSpikeInAMillionPointsSurvivesTheColumnReduction() {
        var values = Array(repeating: 1.0, count: 1_000_000)
        values[500_123] = 100
        let render = LinePlot(series: [Series(name: "s", y: values)]).render(width: 80, height: 20)
        RenderChecks.verify(render, width: 80)
        let firstPlotLine = render.lines.first { $0.contains("┤") }!
        #expect(firstPlotLine.contains { ("\u{2801}"..."\u{28FF}").contains($0) }, "spike lost: \(firstPlotLine)")
    }

    /// The reduction (per-column min/max) draws the same cells as joining every point.
    @Test func reducedAndDirectDrawingsLightTheSameCells() {
        let xs = (0..<5_000).map { Double($0) / 4_999 }
        let ys = xs.map { $0 * $0 }
        let reduced = LinePlot(series: [Series(name: "s", x: xs, y: ys)]).render(width: 60, height: 16)
        let stride = Array(Swift.stride(from: 0, to: 5_000, by: 49)) + [4_999]
        let direct = LinePlot(series: [Series(name: "s", x: stride.map { xs[$0] }, y: stride.map { ys[$0] })])
            .render(width: 60, height: 16)
        #expect(reduced.lines.count == direct.lines.count)
        func lit(_ render: PlotRender) -> Set<Int> {
            var cells = Set<Int>()
            for (row, line) in render.lines.enumerated() {
                for (column, ch) in line.enumerated() where ("\u{2801}"..."\u{28FF}").contains(ch) {
                    cells.insert(row * 100 + column)
                }
            }
            return cells
        }
        let a = lit(reduced), b = lit(direct)
        #expect(a.symmetricDifference(b).count <= a.count / 10, "\(a.symmetricDifference(b).count) of \(a.count)")
    }

    @Test func manySeriesAndManyClassesStayDistinctWithoutColour() {
        let series = (0..<10).map { k in Series(name: "s\(k)", y: (0..<50).map { Double($0 * (k + 1)) }) }
        let text = LinePlot(series: series).render(width: 100, height: 24).plainText
        for marker in Glyphs.unicode.markers { #expect(text.contains(marker)) }
    }
}
