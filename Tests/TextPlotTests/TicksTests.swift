import Elementary
import Testing
@testable import TextPlot

/// Property tests on ticks over many seeded random ranges.
@Suite("Ticks")
struct TicksTests {
    /// Random ranges of many magnitudes, offsets and widths.
    static func randomRanges(count: Int, seed: UInt64) -> [(Double, Double)] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let magnitude = NumberFormat.power10(Int(rng.uniform(-9...9).rounded()))
            let center = rng.uniform(-1...1) * magnitude * NumberFormat.power10(Int(rng.uniform(0...3)))
            let span = magnitude * rng.uniform(0.001...10)
            return (center - span * rng.uniform(), center + span * rng.uniform())
        }
    }

    @Test(arguments: [2, 3, 5, 8, 12])
    func linearTicksAreIncreasingCoverTheDataAndFitTheCount(maxCount: Int) {
        for (low, high) in Self.randomRanges(count: 500, seed: UInt64(maxCount)) {
            let ticks = Ticks.linear(low: low, high: high, maxCount: maxCount)
            let limit = max(maxCount, low < 0 && high > 0 ? 3 : 2)
            #expect(ticks.count >= 2 && ticks.count <= limit, "\(ticks) for \(low)...\(high)")
            #expect(zip(ticks, ticks.dropFirst()).allSatisfy { $0 < $1 })
            let (lo, hi) = Ticks.widened(low, high)
            let tolerance = (hi - lo) * 1e-9
            #expect(ticks.first! <= lo + tolerance && ticks.last! >= hi - tolerance, "\(ticks) vs \(lo)...\(hi)")
            let labels = Ticks.labels(for: ticks)
            #expect(Set(labels).count == labels.count, "duplicate labels \(labels)")
        }
    }

    @Test(arguments: [2, 4, 7, 10])
    func fixedTicksStayInsideTheLimits(maxCount: Int) {
        for (low, high) in Self.randomRanges(count: 500, seed: 100 + UInt64(maxCount)) {
            let ticks = Ticks.inside(low: low, high: high, maxCount: maxCount)
            let (lo, hi) = Ticks.widened(low, high)
            let tolerance = (hi - lo) * 1e-9
            #expect(ticks.allSatisfy { $0 >= lo - tolerance && $0 <= hi + tolerance }, "\(ticks) outside \(lo)...\(hi)")
            #expect(zip(ticks, ticks.dropFirst()).allSatisfy { $0 < $1 })
            #expect(Set(Ticks.labels(for: ticks)).count == ticks.count)
        }
    }

    @Test func stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        for (low, high) in Self.randomRanges(count: 300, seed: 42) {
            let ticks = Ticks.linear(low: low, high: high, maxCount: 6)
            let step = ticks[1] - ticks[0]
            let exponent = Int(Math.log10(step).rounded(.down))
            let mantissa = step / NumberFormat.power10(exponent)
            #expect([1.0, 2.0, 5.0, 10.0].contains { abs(mantissa - $0) < 1e-6 }, "step \(step)")
        }
    }

    @Test func decadesCoverTheRangeAndRespectTheCount() {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<500 {
            let a = rng.uniform(-12...12), b = a + rng.uniform(0...20)
            let maxCount = Int(rng.uniform(2...10).rounded())
            let decades = Ticks.decades(lowExponent: a, highExponent: b, maxCount: maxCount)
            #expect(Double(decades.first!) <= a + 1e-9 && Double(decades.last!) >= b - 1e-9)
            #expect(decades.count >= 2 && decades.count <= maxCount + 1, "\(decades) max \(maxCount)")
            #expect(zip(decades, decades.dropFirst()).allSatisfy { $0 < $1 })
        }
    }

    @Test func xTickLabelsNeverOverlapAndStayInsideTheWidth() {
        var rng = SeededGenerator(seed: 99)
        for (low, high) in Self.randomRanges(count: 300, seed: 5) {
            let width = Int(rng.uniform(20...140).rounded())
            let scale: AxisScale = rng.uniform() < 0.3 ? .log : .linear
            let (lo, hi) = scale == .log ? (abs(low) + 1e-12, abs(low) + abs(high) + 1e-9) : (low, high)
            let spec = FrameSpec(x: AxisRequest(scale: scale, low: lo, high: hi),
                                 y: AxisRequest(scale: .linear, low: 0, high: 1))
            let layout = FrameLayout(spec: spec, target: RenderTarget(width: width, height: 16))
            var previousEnd = -1
            for (start, label) in zip(layout.xLabelStarts, layout.x.labels) {
                #expect(start > previousEnd, "overlap at width \(width): \(layout.x.labels)")
                #expect(start >= 0 && start + DisplayWidth.of(label) <= width)
                previousEnd = start + DisplayWidth.of(label)
            }
            #expect(layout.xLabelStarts.count == layout.x.labels.count || layout.xLabelStarts.isEmpty)
            #expect(layout.x.ticks.allSatisfy { $0 >= layout.x.low - 1e-9 && $0 <= layout.x.high + 1e-9 })
            #expect(Set(layout.x.labels).count == layout.x.labels.count)
        }
    }

    @Test func yTickLabelsSitOnDistinctLines() {
        var rng = SeededGenerator(seed: 123)
        for (low, high) in Self.randomRanges(count: 300, seed: 6) {
            let height = Int(rng.uniform(6...40).rounded())
            let spec = FrameSpec(x: AxisRequest(scale: .linear, low: 0, high: 1),
                                 y: AxisRequest(scale: .linear, low: low, high: high))
            let layout = FrameLayout(spec: spec, target: RenderTarget(width: 60, height: height))
            let rows = layout.y.ticks.map { layout.y.cell(ofScaled: $0, cells: layout.rows) }
            #expect(Set(rows).count == rows.count, "ticks \(layout.y.labels) share lines at height \(height)")
            #expect(Set(layout.y.labels).count == layout.y.labels.count)
        }
    }

    @Test(arguments: [
        (-3, Charset.unicode, "10⁻³"), (0, .unicode, "10⁰"), (12, .unicode, "10¹²"),
        (-3, .ascii, "1e-3"), (2, .ascii, "1e2"),
    ])
    func decadeLabels(exponent: Int, charset: Charset, expected: String) {
        #expect(NumberFormat.decade(exponent, charset: charset) == expected)
    }

    @Test func labelsUseTheDecimalsOfTheStep() {
        #expect(Ticks.labels(for: [0, 0.5, 1, 1.5]) == ["0.0", "0.5", "1.0", "1.5"])
        #expect(Ticks.labels(for: [0, 200, 400]) == ["0", "200", "400"])
        #expect(Ticks.labels(for: [0, 2e6, 4e6]) == ["0", "2e6", "4e6"])
        #expect(Ticks.labels(for: [1e-5, 2e-5, 3e-5]) == ["1e-5", "2e-5", "3e-5"])
        #expect(Ticks.labels(for: [-0.2, 0, 0.2]) == ["-0.2", "0.0", "0.2"])
    }
}
