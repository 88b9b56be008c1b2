import NNLab

/// Builds what a run needs from the session and a command's per-run overrides.
enum TrainingSetup {
    /// The prepared data and the model, or the failure that says what is missing.
    static func requireDataAndModel(_ state: SessionState) throws(CommandFailure) -> (PreparedData, Network) {
        guard let prepared = state.prepared else { throw DataPreparation.noData }
        guard let network = state.network else { throw InitHandler.noModel }
        try requireFit(network, prepared.train, dataName: state.dataset?.name ?? "the data")
        return (prepared, network)
    }

    /// The split `train`, `val` or `test` of the prepared data, refused when it is empty;
    /// `alternative` is a command line offered before the fix of re-splitting.
    static func nonEmptySplit(_ name: String, of prepared: PreparedData, alternative: String? = nil) throws(CommandFailure) -> Dataset {
        let dataset = name == "train" ? prepared.train : (name == "test" ? prepared.test : prepared.validation)
        guard dataset.sampleCount > 0 else {
            throw CommandFailure("the \(name) split is empty", fix: (alternative.map { "\($0), or " } ?? "") + "split with \(name)= above 0")
        }
        return dataset
    }

    /// The model and the split named by `split=` (default `val`) for a command that looks at
    /// them; looking at the test split counts as touching it.
    static func inspectedSplit(_ command: CheckedCommand, state: inout SessionState,
                               alternative: String) throws(CommandFailure) -> (network: Network, split: String, dataset: Dataset) {
        let (prepared, network) = try requireDataAndModel(state)
        let split = command.text("split") ?? "val"
        let dataset = try nonEmptySplit(split, of: prepared, alternative: alternative)
        if split == "test" { state.splits?.markTestTouched() }
        return (network, split, dataset)
    }

    /// Refuses a model whose input or output width disagrees with the data, before the core
    /// sees them (the core's preconditions would otherwise end the session).
    static func requireFit(_ network: Network, _ data: Dataset, dataName: String) throws(CommandFailure) {
        let fitted = "build one for this data, e.g. \(fittedModelLine(network, features: data.featureCount, classes: data.classCount))"
        if network.inputFeatures != data.featureCount {
            throw CommandFailure("the model takes \(network.inputFeatures) features but the data (\(dataName)) has \(data.featureCount)",
                                 fix: "\(fitted), or load data with \(network.inputFeatures) features")
        }
        if network.outputFeatures != data.classCount {
            throw CommandFailure("the model has \(network.outputFeatures) outputs but the data (\(dataName)) has \(data.classCount) classes",
                                 fix: "\(fitted), or load data with \(network.outputFeatures) classes")
        }
    }

    /// A `model` line with the current model's hidden layers and the data's input and output sizes.
    static func fittedModelLine(_ network: Network, features: Int, classes: Int) -> String {
        let lastLinear = network.specs.lastIndex { if case .linear = $0 { true } else { false } }
        var text = "model \(features)"
        for (index, spec) in network.specs.enumerated() {
            switch spec {
            case let .linear(_, outputs): text += " -> \(index == lastLinear ? classes : outputs)"
            case let .activation(kind): text += " \(kind.rawValue)"
            case .batchNorm: text += " batchnorm"
            case let .dropout(probability): text += " dropout(\(formatNumber(probability)))"
            }
        }
        return text
    }

    /// Training and validation data from the prepared splits.
    static func trainingData(_ prepared: PreparedData) -> TrainingData {
        TrainingData(inputs: prepared.train.features, labels: prepared.train.labels,
                     validationInputs: prepared.validation.features, validationLabels: prepared.validation.labels,
                     imageShape: prepared.train.imageShape)
    }

    /// The optimizer settings with this command's overrides (`lr=`, `momentum=`, …).
    static func optimizerSettings(_ command: CheckedCommand, state: SessionState) throws(CommandFailure) -> OptimizerSettings {
        let names = ["lr", "momentum", "dampening", "nesterov", "wd", "betas", "eps", "alpha", "centered", "lr_decay"]
        guard names.contains(where: command.isSet) else { return state.optimizerSettings }
        try refuseOverrides(command, outside: Schema.optimizerVariants, current: state.optimizerSettings.name,
                            of: "optimizer", example: "optimizer sgd momentum=0.9")
        return try OptimizerHandler.makeSettings(command, variant: state.optimizerSettings.name, base: state.optimizerSettings)
    }

    /// The schedule with this command's overrides.
    static func schedule(_ command: CheckedCommand, state: SessionState) throws(CommandFailure) -> Schedule {
        let names = ["every", "factor", "at", "gamma", "warmup"]
        guard names.contains(where: command.isSet) else { return state.schedule }
        try refuseOverrides(command, outside: Schema.scheduleVariants, current: state.schedule.name,
                            of: "schedule", example: "schedule step every=30")
        return try ScheduleHandler.makeSchedule(command, variant: state.schedule.name, base: state.schedule)
    }

    /// An override that the current optimizer or schedule has no use for would change
    /// nothing (`train momentum=0.9` under Adam): refused, naming the variants that take it.
    private static func refuseOverrides(_ command: CheckedCommand, outside variants: [VariantSpec], current: String,
                                        of kind: String, example: String) throws(CommandFailure) {
        let accepted = Set(variants.first { $0.word == current }?.options.map(\.name) ?? [])
        var seen = Set<String>()
        for option in variants.flatMap(\.options).map(\.name) where seen.insert(option).inserted {
            guard !accepted.contains(option), command.isSet(option) else { continue }
            let owners = variants.filter { $0.options.contains { $0.name == option } }.map(\.word)
            throw CommandFailure("\(option)= does nothing with the \(current) \(kind): it belongs to "
                                 + "\(owners.joined(separator: ", ")); choose one first, as in `\(example)`", option: option)
        }
    }

    /// The run's configuration from `train`'s options.
    static func configuration(_ command: CheckedCommand, state: SessionState, settings: OptimizerSettings) throws(CommandFailure) -> TrainingConfiguration {
        let length: RunLength = command.optionalInteger("steps").map { .steps($0) } ?? .epochs(command.integer("epochs"))
        if case .epochs = length, command.isSet("eval") {
            throw CommandFailure("eval= spaces validation in a step run, as in `train steps=500 eval=50`; "
                                 + "an epoch run validates once an epoch", option: "eval")
        }
        let batch: BatchSize = command.value("batch") == .word("all") ? .all : .samples(command.optionalInteger("batch") ?? 64)
        return TrainingConfiguration(
            length: length, batch: batch, loss: try LossHandler.makeLoss(command, base: state.loss),
            schedule: try schedule(command, state: state), learningRate: settings.learningRate,
            evaluationInterval: command.optionalInteger("eval"), patience: command.optionalInteger("patience"),
            restoresBest: command.text("restore") == "best", clipNorm: command.optionalNumber("clip"),
            augmentation: state.augmentation, hardFraction: command.optionalNumber("hard") ?? 0)
    }
}
