import CFastMath
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

    /// Applies one Adagrad update to the tensor numbered `slot`, in place.
    public mutating func update(slot: Int, parameter: inout [Float], gradient: [Float], learningRate: Float) {
        checkShapes("Adagrad", slot: slot, parameter: parameter, gradient: gradient)
        squareSums.prepareSlot(slot, count: parameter.count)
        let t = steps.advanceStep(slot: slot)
        let decayedRate = Float(Double(learningRate) / (1 + Double(t - 1) * settings.learningRateDecay))
        Adagrad.descend(parameter: &parameter, gradient: gradient, sum: &squareSums[slot],
                        learningRate: decayedRate, epsilon: Float(settings.epsilon),
                        weightDecay: Float(settings.weightDecay))
    }

    /// s ← s + g², θ ← θ − γ̃ g / (√s + ε), with g already including λθ.
    private static func descend(parameter: inout [Float], gradient: [Float], sum: inout [Float],
                                learningRate: Float, epsilon: Float, weightDecay: Float) {
        parameter.withUnsafeMutableBufferPointer { theta in
            gradient.withUnsafeBufferPointer { grad in
                sum.withUnsafeMutableBufferPointer { s in
                    for i in theta.indices {
                        let g = grad[i] + weightDecay * theta[i]
                        s[i] += g * g
                        theta[i] -= learningRate * g / (nnlab_sqrtf(s[i]) + epsilon)
                    }
                }
            }
        }
    }
}
