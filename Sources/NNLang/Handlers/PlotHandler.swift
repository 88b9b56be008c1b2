import NNLab
import TextPlot

/// `plot loss|accuracy|lr|ratio|boundary|schedule|sweep`.
enum PlotHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        switch command.variant {
        case "schedule": return [.plot(schedulePlot(state.schedule, base: state.optimizerSettings.learningRate, length: command.integer("epochs")))]
        case "boundary": return [.plot(try BoundaryPlot.make(state))]
        case "sweep":
            guard let search = state.lastSearch else {
                throw CommandFailure("there is no search to plot yet", fix: "search first, e.g. sweep lr=logu(1e-4,1e-1) trials=20 epochs=2")
            }
            return SearchReport.plots(search).map { .plot($0) }
        default: break
        }
        let runs = command.text("runs") == "all" ? state.runs[...] : state.lastRuns
        guard let last = runs.last else { throw CommandFailure("there is no run to plot yet", fix: "train first, e.g. train epochs=5") }
        switch command.variant {
        case "accuracy": return [.plot(RunPlots.accuracy(runs))]
        case "lr": return [.plot(RunPlots.learningRate(runs))]
        case "ratio": return [.plot(RunPlots.updateRatio(last, network: state.network))]
        default:
            let logY: Bool? = command.isSet("logy") ? command.bool("logy") : nil
            let smoothing: Int? = command.isSet("smooth") ? command.integer("smooth") : nil
            return [.plot(RunPlots.loss(runs, smoothing: smoothing, logY: logY))]
        }
    }

    /// The schedule's rate over a run of `length` units.
    static func schedulePlot(_ schedule: Schedule, base: Double, length: Int) -> LinePlot {
        let units = (0...length).map(Double.init)
        let rates = (0...length).map { schedule.learningRate(at: $0, base: base, length: length) }
        return LinePlot(title: "schedule \(schedule), lr \(formatNumber(base))", series: [Series(name: "lr", x: units, y: rates)],
                        xLabel: "epoch (or step)")
    }
}

/// The decision regions of a model on 2-D data, with the training points on top.
enum BoundaryPlot {
    static func make(_ state: SessionState) throws(CommandFailure) -> DecisionRegionPlot {
        let (prepared, network) = try TrainingSetup.requireDataAndModel(state)
        guard prepared.train.featureCount == 2 else {
            throw CommandFailure("plot boundary needs 2-D data; this data has \(prepared.train.featureCount) features",
                                 fix: "use data spiral, blobs, circles, moons or xor, or preprocess pca dims=2")
        }
        return regions(of: network, over: prepared.train)
    }

    /// The classes `network` gives over a `columns`×`rows` grid covering `data` (two
    /// features), with its points on top.
    static func regions(of network: Network, over data: Dataset, columns: Int = 120, rows: Int = 64) -> DecisionRegionPlot {
        let features = data.features
        let xs = (0..<features.rows).map { Double(features[$0, 0]) }, ys = (0..<features.rows).map { Double(features[$0, 1]) }
        let x = padded(xs), y = padded(ys)
        var grid = Matrix(rows: columns * rows, columns: 2)
        for row in 0..<rows {
            for column in 0..<columns {
                grid[row * columns + column, 0] = Float(x.lowerBound + (x.upperBound - x.lowerBound) * Double(column) / Double(columns - 1))
                grid[row * columns + column, 1] = Float(y.lowerBound + (y.upperBound - y.lowerBound) * Double(row) / Double(rows - 1))
            }
        }
        let classes = network.predict(grid).argmaxPerRow()
        let points = (0..<features.rows).map { LabeledPoint(x: xs[$0], y: ys[$0], label: data.labels[$0]) }
        return DecisionRegionPlot(title: "decision regions", regions: GridValues(x: x, y: y, columns: columns, rows: rows, values: classes),
                                  points: points, classNames: (0..<data.classCount).map(data.legendName))
    }

    private static func padded(_ values: [Double]) -> ClosedRange<Double> {
        let low = values.min() ?? 0, high = values.max() ?? 1
        let margin = max((high - low) * 0.05, 1e-3)
        return (low - margin)...(high + margin)
    }
}
