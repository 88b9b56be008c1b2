/// Adagrad: each coordinate's step is divided by the root of its summed squared gradients.
///
/// PyTorch's rule (`torch.optim.Adagrad`), with learning-rate decay d and weight decay λ:
///
///     g ← g + λθ
///     γ̃ = γ / (1 + (t − 1)d)
///     s ← s + g²
///     θ ← θ − γ̃ g / (√s + ε)
///
/// Coordinates with large past gradients slow down for good; the sum never shrinks,
/// which is the weakness RMSprop's moving average repairs.
public struct Adagrad: Optimizer {
    /// The hyperparameters this optimizer was made with.
    public let settings: AdagradSettings
    /// The running sum s of squared gradients, per slot.
    public private(set) var squareSums: [[Float]] = []
    /// The steps taken per slot.
    public private(set) var steps: [Int] = []

    /// An optimizer with no state yet.
    public init(_ settings: AdagradSettings = AdagradSettings()) {
        self.settings = settings
    }

    /// The number of updates applied to `slot` so far.
    public func stepCount(slot: Int) -> Int { steps.steps(slot: slot) }

    /// Applies one Adagrad update to the tensor numbered `slot`.
    public mutating func update(slot: Int, current: UnsafePointer<Float>, next: UnsafeMutablePointer<Float>,
                                gradient: UnsafePointer<Float>, count: Int, learningRate: Float) -> UpdateMeasure {
        squareSums.prepareSlot(slot, count: count)
        let t = steps.advanceStep(slot: slot)
        let decayedRate = Float(Double(learningRate) / (1 + Double(t - 1) * settings.learningRateDecay))
        let epsilon = Float(settings.epsilon), weightDecay = Float(settings.weightDecay)
        var measure = UpdateLanes.Accumulator()
        squareSums[slot].withUnsafeMutableBufferPointer { sums in
            let s = sums.baseAddress!
            for offset in UpdateLanes.offsets(count) {
                let valid = UpdateLanes.valid(count, offset)
                let theta = UpdateLanes.load(current, offset, valid)
                let g = UpdateLanes.load(gradient, offset, valid) + weightDecay * theta
                let sum = UpdateLanes.load(s, offset, valid) + g * g
                let updated = theta - decayedRate * g / (UpdateLanes.root(sum) + epsilon)
                UpdateLanes.store(sum, s, offset, valid)
                UpdateLanes.store(updated, next, offset, valid)
                measure.add(old: theta, new: updated)
            }
        }
        return measure.measure
    }
}
