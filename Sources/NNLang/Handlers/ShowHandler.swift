import NNLab
import TextPlot

/// `show model|data|config|results|runs|schedule|activations|confusion|hardest|gradients|updates`.
enum ShowHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        switch command.variant {
        case "model": return try model(state)
        case "data": return try data(state, augmented: command.bool("augmented"))
        case "config": return [.table(SessionTables.config(state))]
        case "results": return [.table(SessionTables.results(state))]
        case "runs": return [.table(SessionTables.runs(state))]
        case "schedule": return [.text("schedule \(state.schedule), base lr \(formatNumber(state.optimizerSettings.learningRate))")]
        case "activations": return try activations(state)
        case "confusion": return try ConfusionHandler.run(command, &state)
        case "hardest": return try HardestHandler.run(command, &state)
        case "gradients": return try gradients(state)
        case "updates": return try updates(&state)
        default:
            throw CommandFailure("there is no 'show \(command.variant ?? "")'",
                                 fix: "show model, data, config, results, runs, schedule, activations, confusion, hardest, gradients or updates")
        }
    }

    private static func model(_ state: SessionState) throws(CommandFailure) -> [OutputBlock] {
        guard let network = state.network else { throw InitHandler.noModel }
        let rows: [[TableCell]] = network.layers.enumerated().map { index, layer in
            let shape = layer.parameters.map { "\($0.rows)x\($0.columns)" }.joined(separator: ", ")
            return [.number(Double(index)), .text(layer.spec.description), .text(shape.isEmpty ? "-" : shape),
                    .number(Double(layer.parameterCount)), .text(network.isFrozen[index] ? "frozen"
                        : network.learningRateScales[index] == 1 ? "" : "lr x\(formatNumber(Double(network.learningRateScales[index])))")]
        }
        return [.table(Table(columns: ["#", "layer", "tensors", "params", ""], rows: rows)),
                .text("\(ModelDescription.arrows(network)): " + (network.trainableParameterCount == network.parameterCount
                    ? "\(network.parameterCount) trainable parameters"
                    : "\(network.parameterCount) parameters, \(network.trainableParameterCount) of them trainable (the rest frozen)"))]
    }

    private static func data(_ state: SessionState, augmented: Bool) throws(CommandFailure) -> [OutputBlock] {
        guard let prepared = state.prepared else { throw DataPreparation.noData }
        if augmented && prepared.train.imageShape == nil {
            throw CommandFailure("augmented=true draws sample images as training sees them, and this data has no images",
                                 fix: "data digits", option: "augmented")
        }
        if augmented && state.augmentation.isNone {
            throw CommandFailure("augmented=true shows what augment changes, and no augmentation is set", fix: "augment flip crop=1",
                                 option: "augmented")
        }
        var blocks: [OutputBlock] = [.text(DataPreparation.summary(state))]
        blocks.append(.table(classTable(prepared.train)))
        if prepared.train.featureCount == 2 {
            let f = prepared.train.features
            let series = (0..<prepared.train.classCount).map { label in
                let rows = prepared.train.labels.indices.filter { prepared.train.labels[$0] == label }
                return Series(name: prepared.train.legendName(ofClass: label), x: rows.map { Double(f[$0, 0]) },
                              y: rows.map { Double(f[$0, 1]) })
            }
            blocks.append(.plot(ScatterPlot(title: "training data", series: series)))
        } else if let shape = prepared.train.imageShape {
            blocks.append(.plot(try augmented ? SampleImages.augmented(prepared.train, shape: shape, state: state)
                                              : SampleImages.make(prepared.train, shape: shape)))
        }
        return blocks
    }

    /// Each class with its training samples, and its name from the file when it has one.
    private static func classTable(_ train: Dataset) -> Table {
        let counts = train.classCounts()
        guard train.hasOwnClassNames else {
            return Table(columns: ["class", "train samples"], rows: counts.enumerated().map { [.number(Double($0)), .number(Double($1))] })
        }
        return Table(columns: ["class", "label", "train samples"], rows: counts.enumerated().map {
            [.number(Double($0)), .text(train.className($0)), .number(Double($1))]
        })
    }

    private static func activations(_ state: SessionState) throws(CommandFailure) -> [OutputBlock] {
        let (prepared, network) = try TrainingSetup.requireDataAndModel(state)
        // Each value is kept as a float and copied to a double for the histograms.
        let count = min(prepared.train.sampleCount, network.evaluationChunk(preferred: 500, bytesPerValue: 12))
        let outputs = network.layerOutputs(prepared.train.features.gatherRows(0..<count))
        let rows = network.layers.indices.compactMap { index -> HistogramStack.Row? in
            guard case let .activation(kind) = network.layers[index].spec else { return nil }
            return HistogramStack.Row(name: "\(index) \(kind.rawValue)", values: outputs[index].storage.map(Double.init))
        }
        guard !rows.isEmpty else { throw CommandFailure("the model has no activation layers to show") }
        return [.plot(HistogramStack(title: "activations on \(count) training samples", rows: rows,
                                     columns: [.mean, .std, .percentAbsAbove(0.97, title: "%sat"), .percentZero(title: "%zero")]))]
    }

    /// Samples `show gradients` takes its batch from: the first ones of the training data.
    static let gradientBatch = 64

    /// Gradient statistics per parameter tensor on the first training samples (dropout
    /// off, computed on a copy: the model and the optimizer do not move).
    private static func gradients(_ state: SessionState) throws(CommandFailure) -> [OutputBlock] {
        let (prepared, network) = try TrainingSetup.requireDataAndModel(state)
        let count = min(prepared.train.sampleCount, gradientBatch)
        let stats = network.gradientStatistics(inputs: prepared.train.features.gatherRows(0..<count),
                                               labels: Array(prepared.train.labels[0..<count]), loss: state.loss)
        guard !stats.isEmpty else { throw CommandFailure("the model has no parameters to show gradients of", fix: "model 2 -> 8 -> relu -> 2") }
        let rows: [[TableCell]] = stats.map {
            [.text($0.name), .number($0.norm), .number($0.meanAbs), .number($0.std), .number($0.maxAbs)]
        }
        let stack = HistogramStack(title: "gradients on the first \(count) training samples", rows: stats.map {
            HistogramStack.Row(name: $0.name, values: $0.values)
        }, columns: [.mean, .std])
        return [.table(Table(columns: ["tensor", "norm", "mean |g|", "std", "max |g|"], rows: rows)), .plot(stack)]
    }

    /// The update/weight ratio of each linear layer over the last run, with a verdict on its last step.
    private static func updates(_ state: inout SessionState) throws(CommandFailure) -> [OutputBlock] {
        guard let run = state.lastRuns.last, run.stepCount > 0, run.ratioStride > 0 else {
            throw CommandFailure("there is no run to show updates of yet", fix: "train first, e.g. train epochs=5")
        }
        let last = Array(run.updateRatios(atStep: run.stepCount - 1))
        let names = weightNames(run, network: state.network)
        let rows: [[TableCell]] = last.enumerated().map { position, ratio in
            [.text(names[position]), .number(ratio), .text(verdict(ratio))]
        }
        if let ratio = last.median { state.results["update_ratio"] = .number(ratio) }
        return [.plot(RunPlots.updateRatio(run, network: state.network)),
                .table(Table(columns: ["weight", "last ratio", "verdict"], rows: rows))]
    }

    /// How a ratio compares with the 1e-3 rule of thumb.
    static func verdict(_ ratio: Double) -> String {
        if !ratio.isFinite { return "not finite" }
        if ratio == 0 { return "not updated (frozen or skipped step)" }
        if ratio < 1e-4 { return "far below 1e-3: learning too slowly, rate too low?" }
        if ratio > 1e-2 { return "far above 1e-3: rate too high?" }
        return "near 1e-3: fine"
    }
}

/// Sample images of image data as a heatmap of shades, a few per class side by side.
enum SampleImages {
    static func make(_ dataset: Dataset, shape: ImageShape) -> Heatmap {
        let picks = samples(dataset)
        return Heatmap(title: "one sample of each class: " + picks.map { dataset.className(dataset.labels[$0]) }.joined(separator: " "),
                       values: strip(dataset.features.gatherRows(picks), shape: shape))
    }

    /// The same samples above and, below, after the session's augmentation, drawn with a
    /// copy of its random stream (showing them does not change what training will draw).
    static func augmented(_ dataset: Dataset, shape: ImageShape, state: SessionState) throws(CommandFailure) -> Heatmap {
        let picks = samples(dataset)
        let original = dataset.features.gatherRows(picks)
        var changed = original
        var random = state.streams.augmentation
        do {
            var augmenter = try Augmenter(state.augmentation, imageShape: shape)
            _ = augmenter.augment(&changed, labels: picks.map { dataset.labels[$0] }, random: &random)
        } catch { throw CommandFailure(error) }
        let blank = [[Double]](repeating: [Double](repeating: 0, count: picks.count * (shape.width + 1)), count: 1)
        return Heatmap(title: "samples above, as training sees them below (\(AugmentHandler.describe(state.augmentation)))",
                       values: strip(original, shape: shape) + blank + strip(changed, shape: shape))
    }

    /// The first sample of each of the first eight classes.
    private static func samples(_ dataset: Dataset) -> [Int] {
        (0..<min(8, dataset.classCount)).compactMap { label in dataset.labels.firstIndex(of: label) }
    }

    /// The images of `rows` side by side, one blank column between them.
    static func strip(_ rows: Matrix, shape: ImageShape) -> [[Double]] {
        (0..<shape.height).map { r in
            (0..<rows.rows).flatMap { index in (0..<shape.width).map { Double(rows[index, r * shape.width + $0]) } + [0] }
        }
    }
}
