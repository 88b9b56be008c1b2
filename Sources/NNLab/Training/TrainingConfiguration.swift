/// How long a run lasts, in the unit its schedule counts in.
public enum RunLength: Sendable, Equatable {
    /// Whole passes over the training split; the schedule changes at epoch boundaries.
    case epochs(Int)
    /// Optimizer steps; the schedule changes every step.
    case steps(Int)

    /// The number of units.
    public var count: Int {
        switch self {
        case let .epochs(n), let .steps(n): return n
        }
    }
}

/// The minibatch size.
public enum BatchSize: Sendable, Equatable {
    /// This many samples a step (the last batch of an epoch may be smaller).
    case samples(Int)
    /// The whole training split every step (full-batch gradient descent).
    case all
}

/// Everything a run needs besides the network, the data and the optimizer.
public struct TrainingConfiguration: Sendable {
    /// Epochs or steps.
    public var length: RunLength
    /// Minibatch size.
    public var batch: BatchSize
    /// The data loss and its penalties.
    public var loss: LossFunction
    /// The learning-rate schedule, counted in the run's unit.
    public var schedule: Schedule
    /// The base learning rate the schedule scales.
    public var learningRate: Double
    /// Steps between validations for a step run (default: one epoch's worth).
    public var evaluationInterval: Int?
    /// Stop after this many validations without a lower validation loss.
    public var patience: Int?
    /// Whether to put back the weights of the best validation loss at the end.
    public var restoresBest: Bool
    /// Clip the global gradient norm to this value.
    public var clipNorm: Double?
    /// Augmentation applied to training batches.
    public var augmentation: Augmentation
    /// The share of each batch drawn from the hardest samples (`HardSampleMining`); 0 is off.
    public var hardFraction: Double
    /// Whether dropout layers drop while training (off for `overfit`, which trains unregularized).
    public var usesDropout = true

    /// A configuration; unspecified parts take the session defaults.
    public init(length: RunLength, batch: BatchSize = .samples(64), loss: LossFunction = LossFunction(),
                schedule: Schedule = .constant(), learningRate: Double = 1e-3, evaluationInterval: Int? = nil,
                patience: Int? = nil, restoresBest: Bool = false, clipNorm: Double? = nil,
                augmentation: Augmentation = Augmentation(), hardFraction: Double = 0) {
        self.length = length
        self.batch = batch
        self.loss = loss
        self.schedule = schedule
        self.learningRate = learningRate
        self.evaluationInterval = evaluationInterval
        self.patience = patience
        self.restoresBest = restoresBest
        self.clipNorm = clipNorm
        self.augmentation = augmentation
        self.hardFraction = hardFraction
    }
}

/// Why a run cannot start; each case says what to change.
public enum TrainingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A count that must be positive is not.
    case nonPositive(option: String, value: Int)
    /// Early stopping or restoring the best weights needs a validation split.
    case needsValidation(option: String)
    /// The data does not fit the model.
    case model(ModelError)
    /// The augmentation does not fit the data.
    case data(DataError)
    /// A training step would not fit the memory budget.
    case memory(MemoryError)
    /// `hard=` outside [0, 1).
    case hardFractionOutOfRange(Double)
    /// `hard=` gives no pool sample to a batch of this size.
    case noHardSlots(fraction: Double, batch: Int)

    public var description: String {
        switch self {
        case let .nonPositive(option, value):
            return "\(option)=\(value) must be at least 1"
        case let .needsValidation(option):
            return "\(option) watches the validation loss, but the validation split is empty; split with val= above 0"
        case let .model(error): return error.description
        case let .data(error): return error.description
        case let .memory(error): return error.description
        case let .hardFractionOutOfRange(fraction):
            return "hard=\(plainNumber(fraction)) must be at least 0 and below 1: it is the share of each batch drawn from the hardest samples"
        case let .noHardSlots(fraction, batch):
            let least = plainNumber((0.5 / Double(batch) * 1000).rounded(.up) / 1000)
            return batch < 2
                ? "hard=\(plainNumber(fraction)) needs batches of at least 2 samples (one regular, one hard); use a larger batch="
                : "hard=\(plainNumber(fraction)) rounds to no hard sample in a batch of \(batch); use hard=\(least) or more, or a larger batch="
        }
    }
}

/// `1` for 1.0, `0.016` for 0.016: a number as typed.
private func plainNumber(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
}
