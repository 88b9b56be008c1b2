/// Everything a run recorded: per step, columns of loss, learning rate, epoch and the
/// update/weight ratio of each linear layer; per validation point, an `EpochRecord`.
public struct RunHistory: Sendable {
    /// The run's name (`name=`, or a description of its options).
    public var name: String
    /// Whether the run counted epochs or steps.
    public var length: RunLength
    /// Loss of each step's batch (data loss plus penalties), before its update.
    public var stepLosses: [Double] = []
    /// Learning rate of each step.
    public var stepLearningRates: [Double] = []
    /// Epoch (from 1) each step belongs to.
    public var stepEpochs: [Int] = []
    /// ‖Δw‖/‖w‖ per linear layer per step (the real update, see `TrainingStep.updateRatios`), row-major with `ratioStride` values a step.
    public var stepUpdateRatios: [Double] = []
    /// Linear layers per step in `stepUpdateRatios`.
    public var ratioStride: Int
    /// One record per validation point.
    public var epochs: [EpochRecord] = []
    /// How the run ended.
    public var stopReason: StopReason = .completed
    /// The validation point (from 1) with the lowest validation loss.
    public var bestEpoch: Int?
    /// The epoch (from 1) in which the best validation point fell: `bestEpoch` itself in an
    /// epoch run, the epoch of that point's last step when `eval=` spaces the points in steps.
    public var bestEpochNumber: Int? {
        guard let point = bestEpoch, epochs.indices.contains(point - 1) else { return bestEpoch }
        let step = epochs[point - 1].step
        return stepEpochs.indices.contains(step - 1) ? stepEpochs[step - 1] : point
    }
    /// The published numbers.
    public var final: FinalMetrics?

    /// An empty history with room reserved for `expectedSteps`.
    public init(name: String, length: RunLength, ratioStride: Int, expectedSteps: Int) {
        self.name = name
        self.length = length
        self.ratioStride = ratioStride
        let reserve = min(expectedSteps, 10_000_000)
        stepLosses.reserveCapacity(reserve)
        stepLearningRates.reserveCapacity(reserve)
        stepEpochs.reserveCapacity(reserve)
        stepUpdateRatios.reserveCapacity(reserve * ratioStride)
    }

    /// Number of steps taken.
    public var stepCount: Int { stepLosses.count }

    /// The update ratios of step `index` (from 0), one per linear layer.
    public func updateRatios(atStep index: Int) -> ArraySlice<Double> {
        stepUpdateRatios[(index * ratioStride)..<((index + 1) * ratioStride)]
    }
}
