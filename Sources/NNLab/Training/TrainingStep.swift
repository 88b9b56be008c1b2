/// What one optimizer step measured.
public struct StepOutcome: Sendable, Equatable {
    /// Data loss plus penalties on the batch, before the update.
    public var loss: Double
    /// Global gradient norm before clipping.
    public var gradientNorm: Double
    /// Whether the update was applied: false when the loss or a gradient was not
    /// finite, in which case the weights are exactly as before the step.
    public var isApplied: Bool
}

/// One training step (forward, loss, backward, penalties, clipping, update) with
/// workspaces reused from step to step, so a step allocates nothing after the first.
public final class TrainingStep {
    private var scoreGradient = Matrix(rows: 0, columns: 0)

    /// A step with empty workspaces.
    public init() {}

    /// Runs one step of `network` on a batch. The update is skipped, and reported so,
    /// when the loss or the gradient is NaN or infinite: the weights stay finite.
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
        network.applyUpdate(&optimizer, learningRate: learningRate)
        return StepOutcome(loss: total, gradientNorm: norm, isApplied: true)
    }
}

extension Network {
    /// ‖γ·g‖/‖w‖ for each linear layer's weight: the update/weight ratio of
    /// cs231n (healthy around 1e-3), from the gradients of the last backward pass.
    public func updateRatios(learningRate: Double) -> [Double] {
        layers.compactMap { layer -> Double? in
            guard layer is Linear else { return nil }
            let weightNorm = layer.parameters[0].squaredNorm().squareRoot()
            let gradientNorm = layer.gradients[0].squaredNorm().squareRoot()
            return weightNorm > 0 ? learningRate * gradientNorm / weightNorm : .infinity
        }
    }
}
