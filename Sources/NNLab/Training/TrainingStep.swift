/// What one optimizer step measured.
public struct StepOutcome: Sendable, Equatable {
    /// Data loss plus penalties on the batch, before the update.
    public var loss: Double
    /// Global gradient norm before clipping.
    public var gradientNorm: Double
    /// Whether the update was applied: false when the loss, a gradient or an updated
    /// weight was not finite, in which case the weights are exactly as before the step.
    public var isApplied: Bool
}

/// One training step (forward, loss, backward, penalties, clipping, update) with
/// workspaces reused from step to step, so a step allocates nothing after the first.
public final class TrainingStep {
    private var scoreGradient = Matrix(rows: 0, columns: 0)
    private var backup: [[Float]] = []

    /// A step with empty workspaces.
    public init() {}

    /// Runs one step of `network` on a batch. The update is skipped, or undone, and
    /// reported so, when the loss, the gradient or an updated weight is NaN or
    /// infinite: the weights stay the last finite ones.
    public func run(network: Network, inputs: Matrix, targets: LossTargets, loss: LossFunction,
                    optimizer: inout some Optimizer, learningRate: Float, clipNorm: Double?,
                    context: inout LayerContext) -> StepOutcome {
        network.forward(inputs, context: &context)
        let dataLoss = loss.evaluate(scores: network.output, targets: targets, gradient: &scoreGradient)
        let total = dataLoss + network.penalty(l2: loss.l2, l1: loss.l1)
        guard total.isFinite else { return StepOutcome(loss: total, gradientNorm: .nan, isApplied: false) }
        network.backward(outputGradient: scoreGradient)
        network.addPenaltyGradients(l2: loss.l2, l1: loss.l1)
        let norm = network.gradientNorm()
        guard norm.isFinite else { return StepOutcome(loss: total, gradientNorm: norm, isApplied: false) }
        if let clipNorm { network.clipGradients(maxNorm: clipNorm) }
        saveParameters(of: network)
        network.applyUpdate(&optimizer, learningRate: learningRate)
        guard network.layers.allSatisfy({ $0.parameters.allSatisfy(\.isFinite) }) else {
            restoreParameters(of: network)
            return StepOutcome(loss: total, gradientNorm: norm, isApplied: false)
        }
        return StepOutcome(loss: total, gradientNorm: norm, isApplied: true)
    }

    /// Copies every parameter into `backup`, reusing its buffers.
    private func saveParameters(of network: Network) {
        var slot = 0
        for layer in network.layers {
            for parameter in layer.parameters {
                if slot == backup.count { backup.append([]) }
                if backup[slot].count != parameter.count {
                    backup[slot] = parameter.storage
                } else {
                    backup[slot].withUnsafeMutableBufferPointer { target in
                        parameter.storage.withUnsafeBufferPointer { source in
                            target.baseAddress!.update(from: source.baseAddress!, count: source.count)
                        }
                    }
                }
                slot += 1
            }
        }
    }

    private func restoreParameters(of network: Network) {
        var slot = 0
        for layer in network.layers {
            for index in layer.parameters.indices {
                layer.parameters[index].storage = backup[slot]
                slot += 1
            }
        }
    }
}

extension Network {
    /// Appends ‖γ·g‖/‖w‖ for each linear layer's weight to `ratios`: the update/weight
    /// ratio of cs231n (healthy around 1e-3), from the gradients of the last backward pass.
    public func appendUpdateRatios(learningRate: Double, to ratios: inout [Double]) {
        for layer in layers where layer is Linear {
            let weightNorm = layer.parameters[0].squaredNorm().squareRoot()
            let gradientNorm = layer.gradients[0].squaredNorm().squareRoot()
            ratios.append(weightNorm > 0 ? learningRate * gradientNorm / weightNorm : .infinity)
        }
    }
}
