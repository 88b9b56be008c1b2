/// RMSprop: each coordinate's step is divided by a moving root-mean-square of its gradients.
///
/// PyTorch's rule (`torch.optim.RMSprop`), with smoothing α, momentum μ, weight decay λ:
///
///     g ← g + λθ
///     v ← αv + (1 − α)g²
///     a ← αa + (1 − α)g,  d = √(v − a²) + ε     (centered)
///                         d = √v + ε            (otherwise)
///     b ← μb + g/d,  θ ← θ − γb                 (μ > 0)
///     θ ← θ − γ g/d                             (μ = 0)
///
/// The centered form divides by an estimate of the gradient's variance rather than its
/// raw second moment; where rounding makes v − a² negative it counts as 0 (PyTorch
/// would give NaN). All buffers start at zero.
public struct RMSprop: Optimizer {
    /// The hyperparameters this optimizer was made with.
    public let settings: RMSpropSettings
    /// The moving average v of squared gradients, per slot.
    public private(set) var squareAverages: [[Float]] = []
    /// The moving average a of gradients, per slot (centered form only).
    public private(set) var gradientAverages: [[Float]] = []
    /// The momentum buffer b, per slot (only when μ > 0).
    public private(set) var momentumBuffers: [[Float]] = []
    /// The steps taken per slot.
    public private(set) var steps: [Int] = []

    /// An optimizer with no state yet.
    public init(_ settings: RMSpropSettings = RMSpropSettings()) {
        self.settings = settings
    }

    /// The number of updates applied to `slot` so far.
    public func stepCount(slot: Int) -> Int { steps.steps(slot: slot) }

    /// Applies one RMSprop update to the tensor numbered `slot`.
    public mutating func update(slot: Int, current: UnsafePointer<Float>, next: UnsafeMutablePointer<Float>,
                                gradient: UnsafePointer<Float>, count: Int, learningRate: Float) -> UpdateMeasure {
        _ = steps.advanceStep(slot: slot)
        squareAverages.prepareSlot(slot, count: count)
        // Unused buffers stay empty and are never read.
        gradientAverages.prepareSlot(slot, count: settings.isCentered ? count : 0)
        momentumBuffers.prepareSlot(slot, count: settings.momentum > 0 ? count : 0)
        let alpha = Float(settings.alpha), complement = Float(1 - settings.alpha), epsilon = Float(settings.epsilon)
        let momentum = Float(settings.momentum), weightDecay = Float(settings.weightDecay)
        let isCentered = settings.isCentered, hasMomentum = settings.momentum > 0
        var measure = UpdateLanes.Accumulator()
        squareAverages[slot].withUnsafeMutableBufferPointer { squares in
            gradientAverages[slot].withUnsafeMutableBufferPointer { averages in
                momentumBuffers[slot].withUnsafeMutableBufferPointer { buffer in
                    for offset in UpdateLanes.offsets(count) {
                        let valid = UpdateLanes.valid(count, offset)
                        let theta = UpdateLanes.load(current, offset, valid)
                        let g = UpdateLanes.load(gradient, offset, valid) + weightDecay * theta
                        let square = alpha * UpdateLanes.load(squares.baseAddress!, offset, valid) + complement * g * g
                        UpdateLanes.store(square, squares.baseAddress!, offset, valid)
                        var meanSquare = square
                        if isCentered {
                            var average = UpdateLanes.load(averages.baseAddress!, offset, valid)
                            average += complement * (g - average)
                            UpdateLanes.store(average, averages.baseAddress!, offset, valid)
                            let variance = meanSquare - average * average
                            meanSquare = variance.replacing(with: 0, where: variance .< 0)
                        }
                        let scaled = g / (UpdateLanes.root(meanSquare) + epsilon)
                        var direction = scaled
                        if hasMomentum {
                            direction = momentum * UpdateLanes.load(buffer.baseAddress!, offset, valid) + scaled
                            UpdateLanes.store(direction, buffer.baseAddress!, offset, valid)
                        }
                        let updated = theta - learningRate * direction
                        UpdateLanes.store(updated, next, offset, valid)
                        measure.add(old: theta, new: updated)
                    }
                }
            }
        }
        return measure.measure
    }
}
