import Elementary
import Testing
@testable import TextPlot

@Suite("Bins")
struct BinsTests {
    @Test(arguments: [10, 100, 1000, 100_000])
    func sturgesBinsSitOnOneTwoFiveStepsAndCoverTheData(count: Int) {
        var rng = SeededGenerator(seed: UInt64(count))
        let values = (0..<count).map { _ in rng.normal() * 3 + 1 }
        let bins = Bins(values: values, rule: .sturges)
        let step = bins.edges[1] - bins.edges[0]
        let exponent = Int(Math.log10(step).rounded(.down))
        let mantissa = step / NumberFormat.power10(exponent)
        #expect([1.0, 2.0, 5.0, 10.0].contains { abs(mantissa - $0) < 1e-9 })
        #expect(bins.edges.first! <= values.min()! && bins.edges.last! >= values.max()!)
        let sturges = Int(Math.log2(Double(count)).rounded(.up)) + 1
        #expect(bins.count <= sturges + 1 && bins.count >= sturges / 3)
        #expect(bins.counts(values).reduce(0, +) == count)
    }

    @Test func theLastBinIsClosed() {
        let bins = Bins(edges: [0, 1, 2])
        #expect(bins.index(of: 2) == 1 && bins.index(of: 0) == 0 && bins.index(of: 1) == 1)
        #expect(bins.index(of: 2.0001) == nil && bins.index(of: -0.1) == nil)
    }

    @Test func constantValuesGetOneOrMoreBins() {
        let bins = Bins(values: [3, 3, 3], rule: .sturges)
        #expect(bins.count >= 1 && bins.counts([3, 3, 3]).reduce(0, +) == 3)
    }

    @Test func histogramBarsAreProportionalToCounts() {
        let values = Array(repeating: 0.5, count: 8) + Array(repeating: 1.5, count: 4)
        let plot = Histogram(values: values, bins: .edges([0, 1, 2]))
        let render = plot.render(width: 40, height: 14)
        RenderChecks.verify(render, width: 40)
        let columns = render.lines.map { line in Array(line) }
        let full = columns.filter { $0.contains("█") }.count
        #expect(full >= 7)
        let bothBars = columns.filter { row in row.filter { $0 == "█" }.count > 12 }.count
        #expect(bothBars >= 3 && bothBars <= full)
    }
}

@Suite("MarchingSquares")
struct MarchingSquaresTests {
    static func cone(_ n: Int) -> GridValues<Double> {
        var values: [Double] = []
        for r in 0..<n { for c in 0..<n {
            let x = -1 + 2 * Double(c) / Double(n - 1), y = -1 + 2 * Double(r) / Double(n - 1)
            values.append((x * x + y * y).squareRoot())
        } }
        return GridValues(x: -1...1, y: -1...1, columns: n, rows: n, values: values)
    }

    @Test(arguments: [0.3, 0.5, 0.8])
    func circlesOfAConeLieAtTheirRadius(radius: Double) {
        let segments = MarchingSquares.segments(Self.cone(41), level: radius)
        #expect(segments.count > 20)
        for (a, b) in segments {
            for p in [a, b] { #expect(abs((p.x * p.x + p.y * p.y).squareRoot() - radius) < 0.02) }
        }
    }

    @Test func aSaddleCellGivesTwoSegments() {
        let grid = GridValues(x: 0...1, y: 0...1, columns: 2, rows: 2, values: [1.0, 0, 0, 1])
        #expect(MarchingSquares.segments(grid, level: 0.5).count == 2)
    }

    @Test func nonFiniteCornersSkipTheCell() {
        let grid = GridValues(x: 0...1, y: 0...1, columns: 2, rows: 2, values: [1.0, .nan, 0, 0])
        #expect(MarchingSquares.segments(grid, level: 0.5).isEmpty)
    }

    @Test func logLevelsSitAboveTheMinimumAndIncrease() {
        let levels = ContourLevels.logAboveMinimum(count: 5).resolve(low: 2, high: 102)
        #expect(levels.count == 5 && levels.allSatisfy { $0 > 2 && $0 < 102 })
        #expect(zip(levels, levels.dropFirst()).allSatisfy { $0 < $1 })
        #expect(abs((levels[1] - 2) / (levels[0] - 2) - (levels[2] - 2) / (levels[1] - 2)) < 1e-9)
        #expect(ContourLevels.linear(count: 3).resolve(low: 0, high: 4) == [1, 2, 3])
    }

    @Test func thePathIsMarkedFromStartToEnd() {
        let plot = ContourPlot(surface: Self.cone(11), path: [PlotPoint(x: -0.8, y: -0.8), PlotPoint(x: 0.8, y: 0.8)])
        let text = plot.render(width: 50, height: 16).plainText
        #expect(text.contains("S") && text.contains("E") && text.contains("•"))
        #expect(text.contains("levels: "))
    }

    @Test func namedPathsGetAMarkerAndALegendEntryEach() {
        let first = ContourPath(name: "first", points: [PlotPoint(x: -0.8, y: -0.8), PlotPoint(x: 0.8, y: -0.8)])
        let second = ContourPath(name: "second", points: [PlotPoint(x: -0.8, y: 0.8), PlotPoint(x: 0.8, y: 0.8)])
        let plot = ContourPlot(surface: Self.cone(11), paths: [first, second])
        let lines = plot.render(width: 50, height: 16).lines
        #expect(lines.contains { $0.contains("• first") && $0.contains("× second") }, "\(lines)")
        let rows = lines.filter { $0.contains("S") && $0.contains("E") && !$0.contains("start") }
        #expect(rows.count == 2 && rows.contains { $0.contains("•") } && rows.contains { $0.contains("×") }, "\(lines)")
    }
}
