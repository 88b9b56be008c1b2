import CFastMath
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

    /// Applies one RMSprop update to the tensor numbered `slot`, in place.
    public mutating func update(slot: Int, parameter: inout [Float], gradient: [Float], learningRate: Float) {
        checkShapes("RMSprop", slot: slot, parameter: parameter, gradient: gradient)
        let count = parameter.count
        _ = steps.advanceStep(slot: slot)
        squareAverages.prepareSlot(slot, count: count)
        // Unused buffers stay empty, so their loops below see zero-length pointers.
        gradientAverages.prepareSlot(slot, count: settings.isCentered ? count : 0)
        momentumBuffers.prepareSlot(slot, count: settings.momentum > 0 ? count : 0)
        RMSprop.descend(parameter: &parameter, gradient: gradient, squareAverage: &squareAverages[slot],
                        gradientAverage: &gradientAverages[slot], momentumBuffer: &momentumBuffers[slot],
                        learningRate: learningRate, settings: settings)
    }

    /// One pass over the coordinates, applying the rule in the type's summary.
    private static func descend(
        parameter: inout [Float], gradient: [Float], squareAverage: inout [Float],
        gradientAverage: inout [Float], momentumBuffer: inout [Float],
        learningRate: Float, settings: RMSpropSettings
    ) {
        let alpha = Float(settings.alpha), complement = Float(1 - settings.alpha), epsilon = Float(settings.epsilon)
        let momentum = Float(settings.momentum), weightDecay = Float(settings.weightDecay)
        let isCentered = settings.isCentered, hasMomentum = settings.momentum > 0
        parameter.withUnsafeMutableBufferPointer { theta in
            gradient.withUnsafeBufferPointer { grad in
                squareAverage.withUnsafeMutableBufferPointer { v in
                    gradientAverage.withUnsafeMutableBufferPointer { a in
                        momentumBuffer.withUnsafeMutableBufferPointer { b in
                            for i in theta.indices {
                                let g = grad[i] + weightDecay * theta[i]
                                v[i] = alpha * v[i] + complement * g * g
                                var meanSquare = v[i]
                                if isCentered {
                                    a[i] += complement * (g - a[i])
                                    meanSquare = max(meanSquare - a[i] * a[i], 0)
                                }
                                let scaled = g / (nnlab_sqrtf(meanSquare) + epsilon)
                                if hasMomentum {
                                    b[i] = momentum * b[i] + scaled
                                    theta[i] -= learningRate * b[i]
                                } else {
                                    theta[i] -= learningRate * scaled
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
