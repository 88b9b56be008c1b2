import Foundation
@testable import TextPlot

/// The example plots used by goldens and the documentation, built from `Fixtures`.
enum Examples {
    /// A noisy loss curve with its bias-corrected moving average.
    static var lossCurve: LinePlot {
        let raw = Series(name: "loss", y: Fixtures.noisyLoss())
        return LinePlot(title: "training loss", series: [raw.dimmed(), raw.smoothed(beta: 0.95, name: "smoothed")],
                        xLabel: "step", yLabel: "loss")
    }

    /// An LR-finder sweep on a log x axis with the suggestion marked.
    static var lrFinder: LinePlot {
        let sweep = Fixtures.lrFinder()
        return LinePlot(title: "LR finder", series: [Series(name: "loss", x: sweep.lr, y: sweep.loss)],
                        xLabel: "learning rate", yLabel: "loss", xScale: .log,
                        markers: [.vertical(at: 3e-4, label: "suggested 3e-4")])
    }

    /// Train and validation loss with the best epoch marked.
    static var trainVal: LinePlot {
        let epochs: [Double] = (1...30).map { Double($0) }
        let train: [Double] = epochs.map { (e: Double) -> Double in 1.6 * exp(-e / 8) + 0.05 }
        let val: [Double] = epochs.map { (e: Double) -> Double in
            let drift: Double = 0.0004 * (e - 14) * (e - 14)
            return 1.5 * exp(-e / 7) + 0.2 + drift
        }
        return LinePlot(title: "train vs val", series: [Series(name: "train", y: train), Series(name: "val", y: val)],
                        xLabel: "epoch", markers: [.vertical(at: 14, label: "best val"),
                                                   .horizontal(at: 0.3, label: "target 0.3")])
    }

    /// A run that diverges: NaN from step 150 on.
    static var diverging: LinePlot {
        let loss: [Double] = (1...200).map { (i: Int) -> Double in
            guard i < 150 else { return .nan }
            let rise: Double = i > 120 ? Double(i - 120) * 0.05 : 0
            return 2 * exp(-Double(i) / 40) + rise
        }
        return LinePlot(title: "diverging run", series: [Series(name: "loss", y: loss)], xLabel: "step")
    }

    /// Ten layers' tanh activations as a histogram stack.
    static var activations: HistogramStack {
        let rows = Fixtures.activations().enumerated().map { HistogramStack.Row(name: "layer \($0 + 1)", values: $1) }
        return HistogramStack(title: "activations by layer", rows: rows,
                              columns: [.mean, .std, .percentAbsAbove(0.97, title: "%sat")], xLabel: "activation")
    }

    /// One histogram of normal samples.
    static var histogram: Histogram {
        var rng = SeededGenerator(seed: 9)
        return Histogram(title: "weights", values: (0..<500).map { _ in rng.normal() * 0.5 }, xLabel: "weight")
    }

    /// A random search on a log learning-rate axis, best trial highlighted.
    static var search: ScatterPlot {
        let s = Fixtures.randomSearch()
        let best = zip(s.lr, s.accuracy).max { $0.1 < $1.1 }!
        return ScatterPlot(title: "random search", series: [Series(name: "trials", x: s.lr, y: s.accuracy)],
                           xLabel: "learning rate", yLabel: "val accuracy", xScale: .log,
                           highlights: [MarkedPoint(x: best.0, y: best.1, label: " best")])
    }

    /// Two overlapping point clouds.
    static var clusters: ScatterPlot {
        var rng = SeededGenerator(seed: 21)
        let a = (0..<80).map { _ in (rng.normal(), rng.normal()) }
        let b = (0..<80).map { _ in (rng.normal() + 1.5, rng.normal() + 1) }
        return ScatterPlot(title: "clusters", series: [Series(name: "a", x: a.map(\.0), y: a.map(\.1)),
                                                      Series(name: "b", x: b.map(\.0), y: b.map(\.1))])
    }

    /// A grid search's accuracies with values in the cells.
    static var gridSearch: Heatmap {
        let values = [[0.71, 0.74, 0.75, 0.73], [0.83, 0.88, 0.90, 0.89],
                      [0.86, 0.93, 0.95, 0.94], [0.52, 0.61, Double.nan, 0.66]]
        return Heatmap(title: "grid search: val accuracy", values: values,
                       rowLabels: ["1e-4", "1e-3", "1e-2", "1e-1"], columnLabels: ["16", "32", "64", "128"],
                       showsValues: true, xLabel: "hidden units", yLabel: "learning rate")
    }

    /// A smooth field drawn as a large heatmap.
    static var field: Heatmap {
        let values = (0..<24).map { r in (0..<40).map { c in sin(Double(c) / 6) * cos(Double(r) / 5) } }
        return Heatmap(title: "field", values: values, style: .halfBlocks)
    }

    /// Accuracy by model as bars.
    static var bars: BarPlot {
        BarPlot(title: "test accuracy", bars: [
            Bar(label: "logistic", value: 0.842), Bar(label: "mlp", value: 0.913),
            Bar(label: "mlp + dropout", value: 0.927), Bar(label: "cnn", value: 0.981),
        ])
    }

    /// Gradient descent on a curved valley over its contour lines.
    static var optimizerPath: ContourPlot {
        let surface = GridValues(x: -2...2, y: -1...2, columns: 60, rows: 40, values: Fixtures.valley())
        return ContourPlot(title: "gradient descent on a valley", surface: surface,
                           levels: .logAboveMinimum(count: 7),
                           path: Fixtures.valleyPath().map { PlotPoint(x: $0.x, y: $0.y) }, xLabel: "w1", yLabel: "w2")
    }

    /// A spiral classifier's decision regions with the data on top.
    static var spiral: DecisionRegionPlot {
        let columns = 80, rows = 48
        var classes: [Int] = []
        for r in 0..<rows {
            for c in 0..<columns {
                let x = -1.1 + 2.2 * Double(c) / Double(columns - 1), y = -1.1 + 2.2 * Double(r) / Double(rows - 1)
                classes.append(Fixtures.spiralClass(x: x, y: y))
            }
        }
        let regions = GridValues(x: -1.1...1.1, y: -1.1...1.1, columns: columns, rows: rows, values: classes)
        let points = Fixtures.spiral().map { LabeledPoint(x: $0.x, y: $0.y, label: $0.label) }
        return DecisionRegionPlot(title: "spiral: decision regions", regions: regions, points: points,
                                  classNames: ["arm A", "arm B"])
    }
}
