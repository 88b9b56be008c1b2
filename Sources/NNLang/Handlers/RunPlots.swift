import NNLab
import TextPlot

/// The plots of runs: loss curves (raw dim under a smoothed line), accuracy, rate.
enum RunPlots {
    /// Loss against step for each run, with its validation loss at each validation
    /// point: one run draws its raw losses dim under a bias-corrected moving average;
    /// several runs draw their averages (short runs, unsmoothed, their raw losses). Validation loss climbing while training loss
    /// falls is the overfitting picture.
    /// `smoothing`: the moving-average window (0 or 1: raw); nil chooses one for the run's length.
    static func loss(_ runs: some Collection<RunHistory>, smoothing: Int? = nil, logY: Bool? = nil) -> LinePlot {
        let beta = smoothing.map { $0 > 1 ? 1 - 1 / Double($0) : 0 } ?? automaticBeta(runs.first?.stepCount ?? 0)
        var series: [Series] = []
        for (index, run) in runs.enumerated() {
            let raw = Series(name: run.name, y: run.stepLosses, color: index)
            if runs.count == 1 && beta > 0 {
                series.append(raw.dimmed())
                series.append(raw.smoothed(beta: beta, name: "\(run.name) (smoothed)"))
            } else {
                series.append(beta > 0 ? raw.smoothed(beta: beta, name: raw.name) : raw)
            }
            let points = run.epochs.filter { $0.validationLoss != nil }
            if !points.isEmpty {
                series.append(Series(name: "\(run.name) val", x: points.map { Double($0.step) },
                                     y: points.compactMap(\.validationLoss), color: runs.count > 1 ? index : nil))
            }
        }
        let allLosses = runs.flatMap { $0.stepLosses + $0.epochs.compactMap(\.validationLoss) }
        let scale: AxisScale = logY.map { $0 ? .log : .linear } ?? AxisScale.suggested(for: allLosses)
        return LinePlot(title: "loss", series: series, xLabel: "step", yScale: scale)
    }

    /// A window of about a fiftieth of the run, so long curves read and short ones stay raw.
    private static func automaticBeta(_ steps: Int) -> Double {
        steps < 50 ? 0 : 1 - 1 / Double(max(2, steps / 50))
    }

    /// Train and validation accuracy per validation point, the best one marked.
    static func accuracy(_ runs: some Collection<RunHistory>) -> LinePlot {
        var series: [Series] = []
        var markers: [MarkerLine] = []
        for run in runs {
            let points = run.epochs.map { Double($0.epoch) }
            let prefix = runs.count > 1 ? "\(run.name) " : ""
            series.append(Series(name: prefix + "train", x: points, y: run.epochs.map(\.trainAccuracy)))
            let validation = run.epochs.compactMap(\.validationAccuracy)
            if validation.count == points.count, !validation.isEmpty {
                series.append(Series(name: "\(run.name) val", x: points, y: validation, emphasis: .bold))
            }
            if runs.count == 1, let best = run.bestEpoch { markers.append(.vertical(at: Double(best), label: "best val loss")) }
        }
        return LinePlot(title: "accuracy", series: series, xLabel: runs.first?.length.isEpochs == false ? "validation point" : "epoch",
                        yLimits: 0...1, markers: markers)
    }

    /// Learning rate against step.
    static func learningRate(_ runs: some Collection<RunHistory>) -> LinePlot {
        LinePlot(title: "learning rate", series: runs.map { Series(name: $0.name, y: $0.stepLearningRates) }, xLabel: "step")
    }

    /// log10 of the update/weight ratio per linear layer, with the 1e-3 guide; each named by
    /// its weight (`0.weight`) when the model's layers are known, as `show updates` names them.
    static func updateRatio(_ run: RunHistory, network: Network? = nil) -> LinePlot {
        let names = weightNames(run, network: network)
        let series = (0..<run.ratioStride).map { layer in
            Series(name: names[layer], y: (0..<run.stepCount).map { run.stepUpdateRatios[$0 * run.ratioStride + layer] })
        }
        return LinePlot(title: "update / weight ratio", series: series, xLabel: "step", yScale: .log,
                        markers: [.horizontal(at: 1e-3, label: "1e-3")])
    }
}

/// `0.weight`, `2.weight`…: the linear layers' weights by their place in the model, or
/// `linear 1`, `linear 2`… when the model no longer matches the run.
func weightNames(_ run: RunHistory, network: Network?) -> [String] {
    let linear = network.map { network in network.layers.indices.filter { network.layers[$0] is Linear } } ?? []
    return (0..<run.ratioStride).map { $0 < linear.count && linear.count == run.ratioStride ? "\(linear[$0]).weight" : "linear \($0 + 1)" }
}

extension RunLength {
    /// Whether the run counts epochs.
    var isEpochs: Bool { if case .epochs = self { return true } else { return false } }
}
