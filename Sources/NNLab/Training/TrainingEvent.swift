/// How a run ended.
public enum StopReason: Sendable, Equatable {
    /// It ran its full length.
    case completed
    /// The loss became NaN or infinite, or exploded past `Divergence.limit`, at this step;
    /// the weights and optimizer state went back to those after step `restoredStep`
    /// (0: from before the run), checked finite.
    case diverged(step: Int, loss: Double, restoredStep: Int)
    /// Validation loss did not improve for `patience` validations.
    case earlyStopped(epoch: Int)
    /// The user interrupted it before this step.
    case cancelled(step: Int)
}

/// One validation point: the end of an epoch, or every `eval` steps in a step run.
public struct EpochRecord: Sendable, Equatable {
    /// The epoch (or validation point), counted from 1.
    public var epoch: Int
    /// Steps taken so far.
    public var step: Int
    /// The learning rate of the last step.
    public var learningRate: Double
    /// Running average of the training-batch losses since the last point.
    public var trainLoss: Double
    /// Running average of the training-batch accuracies since the last point.
    public var trainAccuracy: Double
    /// Validation loss by a full pass, if there is a validation split.
    public var validationLoss: Double?
    /// Validation accuracy by a full pass.
    public var validationAccuracy: Double?
}

/// What the loop reports while it runs (for progress bars), never printed by the core.
public enum TrainingEvent: Sendable {
    /// A run is about to take up to `steps` steps, with a validation point every
    /// `stepsPerValidation` steps, each an epoch when `countsEpochs`.
    case started(steps: Int, stepsPerValidation: Int, countsEpochs: Bool)
    /// A step was taken.
    case step(index: Int, of: Int, loss: Double)
    /// A validation point was reached.
    case epoch(EpochRecord)
    /// A long computation other than training moved on (`check gradients`: entries done of all).
    case progress(task: String, done: Int, of: Int)
}

/// The numbers a run publishes, measured at its end by full passes with the final weights.
public struct FinalMetrics: Sendable, Equatable {
    /// Data loss on the whole training split (evaluation mode, no penalty).
    public var trainLoss: Double
    /// Accuracy on the whole training split.
    public var trainAccuracy: Double
    /// Data loss on the validation split, if any.
    public var validationLoss: Double?
    /// Accuracy on the validation split, if any.
    public var validationAccuracy: Double?

    public init(trainLoss: Double, trainAccuracy: Double, validationLoss: Double?, validationAccuracy: Double?) {
        self.trainLoss = trainLoss
        self.trainAccuracy = trainAccuracy
        self.validationLoss = validationLoss
        self.validationAccuracy = validationAccuracy
    }
}
