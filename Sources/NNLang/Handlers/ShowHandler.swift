import NNLab
import TextPlot

/// `show model|data|config|results|runs|schedule|activations`.
enum ShowHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        switch command.variant {
        case "model": return try model(state)
        case "data": return try data(state)
        case "config": return [.table(SessionTables.config(state))]
        case "results": return [.table(SessionTables.results(state))]
        case "runs": return [.table(SessionTables.runs(state))]
        case "schedule": return [.text("schedule \(state.schedule), base lr \(formatNumber(state.optimizerSettings.learningRate))")]
        case "activations": return try activations(state)
        default:
            throw CommandFailure("show \(command.variant ?? "") is part of the language but not built yet in this version",
                                 fix: "show model, data, config, results, runs, schedule or activations")
        }
    }

    private static func model(_ state: SessionState) throws(CommandFailure) -> [OutputBlock] {
        guard let network = state.network else { throw InitHandler.noModel }
        let rows: [[TableCell]] = network.layers.enumerated().map { index, layer in
            let shape = layer.parameters.map { "\($0.rows)x\($0.columns)" }.joined(separator: ", ")
            return [.number(Double(index)), .text(layer.spec.description), .text(shape.isEmpty ? "-" : shape),
                    .number(Double(layer.parameterCount)), .text(network.isFrozen[index] ? "frozen" : "")]
        }
        return [.table(Table(columns: ["#", "layer", "tensors", "params", ""], rows: rows)),
                .text("\(ModelDescription.arrows(network)): \(network.parameterCount) trainable parameters")]
    }

    private static func data(_ state: SessionState) throws(CommandFailure) -> [OutputBlock] {
        guard let prepared = state.prepared else { throw DataPreparation.noData }
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
            blocks.append(.plot(SampleImages.make(prepared.train, shape: shape)))
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
}

/// Sample images of image data as a heatmap of shades, a few per class side by side.
enum SampleImages {
    static func make(_ dataset: Dataset, shape: ImageShape) -> Heatmap {
        let perRow = min(8, dataset.classCount)
        var picks: [Int] = []
        for label in 0..<perRow { if let index = dataset.labels.firstIndex(of: label) { picks.append(index) } }
        var rows: [[Double]] = Array(repeating: [], count: shape.height)
        for index in picks {
            for r in 0..<shape.height {
                rows[r] += (0..<shape.width).map { Double(dataset.features[index, r * shape.width + $0]) } + [0]
            }
        }
        return Heatmap(title: "one sample of each class: " + picks.map { dataset.className(dataset.labels[$0]) }.joined(separator: " "),
                       values: rows)
    }
}
