import Testing
@testable import TextPlot

/// Marker glyphs tell full-strength series apart without colour; raw data drawn dim
/// under its average carries none, so the markers do not clutter the curves.
@Suite struct SeriesMarkerTests {
    private let glyphs = Glyphs.of(.unicode)

    private func markerCount(_ lines: [String], _ marker: Character) -> Int {
        lines.reduce(0) { $0 + $1.filter { $0 == marker }.count }
    }

    private var noisy: [Double] {
        (0..<300).map { (step: Int) -> Double in
            let wobble = Double((step * 7919) % 13) / 26
            return 1 + wobble - Double(step) / 400
        }
    }

    @Test func aDimSeriesUnderItsAverageHasNoMarkers() {
        let raw = Series(name: "train", y: noisy).dimmed()
        let plot = LinePlot(title: "loss", series: [raw, raw.smoothed(beta: 0.9)])
        let lines = plot.render(width: 70, height: 14).lines
        #expect(markerCount(lines, glyphs.marker(0)) == 0, "\(lines.joined(separator: "\n"))")
        #expect(lines[1].contains("⠂⠂⠂ train"))
    }

    @Test func twoFullStrengthSeriesEachCarryTheirOwnMarker() {
        let a = Series(name: "train", y: noisy), b = Series(name: "val", y: noisy.map { $0 + 0.3 })
        let lines = LinePlot(title: "loss", series: [a, b]).render(width: 70, height: 14).lines
        #expect(markerCount(lines, glyphs.marker(0)) >= 3)
        #expect(markerCount(lines, glyphs.marker(1)) >= 3)
    }

    @Test func aRawSeriesIsDrawnAsPointsNotJoinedLines() {
        // A jump from 0 to 1 and back: joined, the line fills the column between.
        let spiky = (0..<40).map { $0 == 20 ? 1.0 : 0.0 }
        let joined = LinePlot(title: "t", series: [Series(name: "a", y: spiky)]).render(width: 40, height: 10).lines
        let dotted = LinePlot(title: "t", series: [Series(name: "a", y: spiky).dimmed()]).render(width: 40, height: 10).lines
        let ink: ([String]) -> Int = { lines in
            lines.reduce(0) { $0 + $1.unicodeScalars.filter { (0x2801...0x28FF).contains($0.value) }.count }
        }
        #expect(ink(dotted) < ink(joined))
    }
}
