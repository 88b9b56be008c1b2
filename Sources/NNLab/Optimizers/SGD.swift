/// Stochastic gradient descent with optional momentum, dampening, Nesterov and L2 weight decay.
///
/// PyTorch's rule (`torch.optim.SGD`), with weight decay λ, momentum μ, dampening τ:
///
///     g ← g + λθ
///     b ← g                      at t = 1
///     b ← μb + (1 − τ)g          after
///     g ← g + μb  (Nesterov)     or  g ← b
///     θ ← θ − γg
///
/// The momentum buffer b is the gradient itself at the first step (no dampening), which
/// is why PyTorch's form agrees with the Sutskever form `v = μv − γg` only while γ is
/// constant.
public struct SGD: Optimizer {
    /// The hyperparameters this optimizer was made with.
    public let settings: SGDSettings
    /// The momentum buffer b of each slot (empty when momentum is 0 or the slot is unused).
    public private(set) var momentumBuffers: [[Float]] = []
    /// The steps taken per slot.
    public private(set) var steps: [Int] = []

    /// An optimizer with no state yet.
    public init(_ settings: SGDSettings = SGDSettings()) {
        self.settings = settings
    }

    /// The number of updates applied to `slot` so far.
    public func stepCount(slot: Int) -> Int { steps.steps(slot: slot) }

    /// Applies one SGD update to the tensor numbered `slot`.
    public mutating func update(slot: Int, current: UnsafePointer<Float>, next: UnsafeMutablePointer<Float>,
                                gradient: UnsafePointer<Float>, count: Int, learningRate: Float) -> UpdateMeasure {
        let isFirstStep = steps.advanceStep(slot: slot) == 1
        let decay = Float(settings.weightDecay)
        var measure = UpdateLanes.Accumulator()
        guard settings.momentum != 0 else {
            for offset in UpdateLanes.offsets(count) {
                let valid = UpdateLanes.valid(count, offset)
                let theta = UpdateLanes.load(current, offset, valid)
                let updated = theta - learningRate * (UpdateLanes.load(gradient, offset, valid) + decay * theta)
                UpdateLanes.store(updated, next, offset, valid)
                measure.add(old: theta, new: updated)
            }
            return measure.measure
        }
        momentumBuffers.prepareSlot(slot, count: count)
        let momentum = Float(settings.momentum), keep = Float(1 - settings.dampening)
        let isNesterov = settings.usesNesterov
        momentumBuffers[slot].withUnsafeMutableBufferPointer { buffer in
            let b = buffer.baseAddress!
            for offset in UpdateLanes.offsets(count) {
                let valid = UpdateLanes.valid(count, offset)
                let theta = UpdateLanes.load(current, offset, valid)
                let g = UpdateLanes.load(gradient, offset, valid) + decay * theta
                let velocity = isFirstStep ? g : momentum * UpdateLanes.load(b, offset, valid) + keep * g
                let direction = isNesterov ? g + momentum * velocity : velocity
                let updated = theta - learningRate * direction
                UpdateLanes.store(velocity, b, offset, valid)
                UpdateLanes.store(updated, next, offset, valid)
                measure.add(old: theta, new: updated)
            }
        }
        return measure.measure
    }
}
