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

    /// Applies one SGD update to the tensor numbered `slot`, in place.
    public mutating func update(slot: Int, parameter: inout [Float], gradient: [Float], learningRate: Float) {
        checkShapes("SGD", slot: slot, parameter: parameter, gradient: gradient)
        let t = steps.advanceStep(slot: slot)
        let decay = Float(settings.weightDecay)
        if settings.momentum == 0 {
            SGD.descend(parameter: &parameter, gradient: gradient, learningRate: learningRate, weightDecay: decay)
            return
        }
        momentumBuffers.prepareSlot(slot, count: parameter.count)
        SGD.descendWithMomentum(parameter: &parameter, gradient: gradient, buffer: &momentumBuffers[slot],
                                isFirstStep: t == 1, learningRate: learningRate, weightDecay: decay,
                                settings: settings)
    }

    /// θ ← θ − γ(g + λθ).
    private static func descend(parameter: inout [Float], gradient: [Float], learningRate: Float, weightDecay: Float) {
        parameter.withUnsafeMutableBufferPointer { theta in
            gradient.withUnsafeBufferPointer { grad in
                for i in theta.indices {
                    theta[i] -= learningRate * (grad[i] + weightDecay * theta[i])
                }
            }
        }
    }

    /// The momentum form: b ← μb + (1 − τ)g (b ← g at t = 1), then θ ← θ − γ(g + μb) or θ − γb.
    private static func descendWithMomentum(
        parameter: inout [Float], gradient: [Float], buffer: inout [Float], isFirstStep: Bool,
        learningRate: Float, weightDecay: Float, settings: SGDSettings
    ) {
        let momentum = Float(settings.momentum)
        let keep = Float(1 - settings.dampening)
        let isNesterov = settings.usesNesterov
        parameter.withUnsafeMutableBufferPointer { theta in
            gradient.withUnsafeBufferPointer { grad in
                buffer.withUnsafeMutableBufferPointer { b in
                    for i in theta.indices {
                        let g = grad[i] + weightDecay * theta[i]
                        b[i] = isFirstStep ? g : momentum * b[i] + keep * g
                        let direction = isNesterov ? g + momentum * b[i] : b[i]
                        theta[i] -= learningRate * direction
                    }
                }
            }
        }
    }
}
