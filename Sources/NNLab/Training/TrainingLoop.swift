/// The samples a run trains on and validates against.
public struct TrainingData: Sendable {
    /// Training inputs, one sample a row.
    public var inputs: Matrix
    /// Training labels.
    public var labels: [Int]
    /// Validation inputs (zero rows for none).
    public var validationInputs: Matrix
    /// Validation labels.
    public var validationLabels: [Int]
    /// The image shape, for augmentation.
    public var imageShape: ImageShape?

    /// Training data with an optional validation split.
    public init(inputs: Matrix, labels: [Int], validationInputs: Matrix? = nil, validationLabels: [Int] = [],
                imageShape: ImageShape? = nil) {
        self.inputs = inputs
        self.labels = labels
        self.validationInputs = validationInputs ?? Matrix(rows: 0, columns: inputs.columns)
        self.validationLabels = validationLabels
        self.imageShape = imageShape
    }

    /// Whether there is a validation split.
    public var hasValidation: Bool { validationInputs.rows > 0 }
}

/// Runs training: minibatches in a shuffled order, the schedule, validation points,
/// early stopping, best-weight restore, gradient clipping, the non-finite stop and
/// cancellation, recording a `RunHistory`. It reports through `onEvent` and prints nothing.
public final class TrainingLoop {
    let network: Network
    let configuration: TrainingConfiguration
    let data: TrainingData
    let stepsPerEpoch: Int
    let batchSize: Int
    /// The augmenter of training batches, built (and validated) once; nil when off.
    let augmenter: Augmenter?
    /// Hard-sample mining; nil when `hardFraction` is 0.
    public let mining: HardSampleMining?

    /// A loop over validated inputs; throws when the data or options cannot work.
    public init(network: Network, configuration: TrainingConfiguration, data: TrainingData) throws(TrainingError) {
        do {
            try network.validate(inputs: data.inputs, labels: data.labels)
            if data.hasValidation { try network.validate(inputs: data.validationInputs, labels: data.validationLabels) }
        } catch { throw .model(error) }
        guard configuration.length.count >= 1 else {
            throw .nonPositive(option: configuration.length == .steps(configuration.length.count) ? "steps" : "epochs",
                               value: configuration.length.count)
        }
        if case let .samples(size) = configuration.batch, size < 1 { throw .nonPositive(option: "batch", value: size) }
        if let interval = configuration.evaluationInterval, interval < 1 { throw .nonPositive(option: "eval", value: interval) }
        if let patience = configuration.patience {
            guard patience >= 1 else { throw .nonPositive(option: "patience", value: patience) }
            guard data.hasValidation else { throw .needsValidation(option: "patience") }
        }
        if configuration.restoresBest && !data.hasValidation { throw .needsValidation(option: "restore=best") }
        do {
            augmenter = configuration.augmentation.isNone ? nil : try Augmenter(configuration.augmentation, imageShape: data.imageShape)
        } catch { throw .data(error) }
        self.network = network
        self.configuration = configuration
        self.data = data
        switch configuration.batch {
        case .all: batchSize = data.inputs.rows
        case let .samples(size): batchSize = min(size, data.inputs.rows)
        }
        stepsPerEpoch = (data.inputs.rows + batchSize - 1) / batchSize
        mining = try Self.mining(configuration.hardFraction, batch: batchSize)
        do { try network.checkTrainingMemory(batch: batchSize) } catch { throw .memory(error) }
    }

    /// Mining at `fraction`, refused when it is out of range or no batch gets a hard slot.
    private static func mining(_ fraction: Double, batch: Int) throws(TrainingError) -> HardSampleMining? {
        guard fraction >= 0 && fraction < 1 else { throw .hardFractionOutOfRange(fraction) }
        guard fraction > 0 else { return nil }
        let mining = HardSampleMining(fraction: fraction)
        guard mining.hardSlots(inBatchOf: batch) > 0 else { throw .noHardSlots(fraction: fraction, batch: batch) }
        return mining
    }

    /// The size of the pool the hard slots draw from; 0 without mining.
    public var hardPoolSize: Int { mining == nil ? 0 : HardSampleMining.poolSize(samples: data.inputs.rows) }

    /// Pool samples in a full batch; 0 without mining.
    public var hardSlotsPerBatch: Int { mining?.hardSlots(inBatchOf: batchSize) ?? 0 }

    /// Samples in a full batch.
    public var fullBatchSize: Int { batchSize }

    /// Total steps the run will take if nothing stops it.
    public var plannedSteps: Int {
        switch configuration.length {
        case let .epochs(n): return n.multipliedReportingOverflow(by: stepsPerEpoch).partialValue
        case let .steps(n): return n
        }
    }

    /// Steps between validation points.
    var evaluationInterval: Int {
        switch configuration.length {
        case .epochs: return stepsPerEpoch
        case .steps: return configuration.evaluationInterval ?? stepsPerEpoch
        }
    }

    /// The learning rate of step `step` (from 0): the schedule counts epochs in an
    /// epoch run and steps in a step run.
    public func learningRate(atStep step: Int) -> Double {
        let unit: Int
        switch configuration.length {
        case .epochs: unit = step / stepsPerEpoch
        case .steps: unit = step
        }
        return configuration.schedule.learningRate(at: unit, base: configuration.learningRate,
                                                   length: configuration.length.count)
    }
}
