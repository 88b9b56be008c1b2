import TextPlot

/// Timings of TextPlot renders, one line each ("line plot, 1e6 points, 80x20: 12.3 ms
/// (target < 50 ms)"); the median of a few runs, measured with `ContinuousClock`.
func plotBenchmarkLines() -> [String] {
    let count = 1_000_000
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    var losses: [Double] = []
    losses.reserveCapacity(count)
    for i in 0..<count {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let noise = Double(state >> 11) / Double(UInt64(1) << 53)
        losses.append(2.0 / (1 + Double(i) / 20_000) + 0.2 * noise)
    }
    let raw = Series(name: "loss", y: losses)
    let single = LinePlot(title: "loss", series: [raw], xLabel: "step")
    let smoothed = LinePlot(title: "loss", series: [raw.dimmed(), raw.smoothed(beta: 0.999)], xLabel: "step")
    let logPlot = LinePlot(title: "loss", series: [raw], xLabel: "step", xScale: .log, yScale: .log)
    let cloud = ScatterPlot(series: [Series(name: "points", x: Array(losses[..<100_000]),
                                            y: Array(losses[100_000..<200_000]))])
    let surface = GridValues(x: -1...1, y: -1...1, columns: 200, rows: 200,
                             values: saddle(side: 200))
    let contours = ContourPlot(surface: surface, levels: .linear(count: 8))
    return [
        line("line plot, 1e6 points, 80x20", target: 50) { _ = single.render(width: 80, height: 20) },
        line("line plot, 1e6 points, log-log, 80x20", target: 100) { _ = logPlot.render(width: 80, height: 20) },
        line("line plot, 2 series x 1e6 points, 80x20", target: 100) {
            _ = smoothed.render(width: 80, height: 20, colors: .ansi256)
        },
        line("scatter plot, 1e5 points, 80x20", target: 50) { _ = cloud.render(width: 80, height: 20) },
        line("contour plot, 200x200 grid, 8 levels, 80x24", target: 50) {
            _ = contours.render(width: 80, height: 24)
        },
    ]
}

/// One benchmark line: the median time of five runs of `body`, in milliseconds.
private func line(_ name: String, target: Int, _ body: () -> Void) -> String {
    let clock = ContinuousClock()
    var times: [Double] = []
    for _ in 0..<5 {
        let elapsed = clock.measure(body)
        let (seconds, attoseconds) = elapsed.components
        times.append(Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
    let median = times.sorted()[times.count / 2]
    let rounded = (median * 10).rounded() / 10
    return "\(name): \(rounded) ms (target < \(target) ms)"
}

/// A saddle surface x·y sampled on a `side` x `side` grid.
private func saddle(side: Int) -> [Double] {
    var values: [Double] = []
    values.reserveCapacity(side * side)
    for row in 0..<side {
        for column in 0..<side {
            values.append(Double(column - side / 2) * Double(row - side / 2))
        }
    }
    return values
}
