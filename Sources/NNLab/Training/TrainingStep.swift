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
    /// The updated tensors of the step, per slot; after a step they hold the tensors from before it.
    private var staged: [[Float]] = []
    private var measures: [UpdateMeasure] = []
    /// ‖Δw‖/‖w‖ of each linear layer's weight in the last step, the weight measured
    /// before the update (0 when the update was not applied).
    public private(set) var updateRatios: [Double] = []

    /// A step with empty workspaces.
    public init() {}

    /// Runs one step of `network` on a batch. The update is skipped, and reported so,
    /// when the loss, the gradient or an updated weight is NaN or infinite: the weights
    /// stay the last finite ones.
    public func run(network: Network, inputs: Matrix, targets: LossTargets, loss: LossFunction,
                    optimizer: inout some Optimizer, learningRate: Float, clipNorm: Double?,
                    context: inout LayerContext) -> StepOutcome {
        network.forward(inputs, context: &context)
        let dataLoss = loss.evaluate(scores: network.output, targets: targets, gradient: &scoreGradient)
        let total = dataLoss + network.penalty(l2: loss.l2, l1: loss.l1)
        resetUpdateRatios(count: network.layers.count { $0 is Linear })
        guard total.isFinite else { return StepOutcome(loss: total, gradientNorm: .nan, isApplied: false) }
        network.backward(outputGradient: scoreGradient)
        network.addPenaltyGradients(l2: loss.l2, l1: loss.l1)
        let norm = network.gradientNorm()
        guard norm.isFinite else { return StepOutcome(loss: total, gradientNorm: norm, isApplied: false) }
        if let clipNorm { network.clipGradients(maxNorm: clipNorm, norm: norm) }
        network.stageUpdate(&optimizer, learningRate: learningRate, into: &staged, measures: &measures)
        guard measures.allSatisfy(\.isFinite) else { return StepOutcome(loss: total, gradientNorm: norm, isApplied: false) }
        network.commitStaged(&staged)
        recordUpdateRatios(of: network)
        return StepOutcome(loss: total, gradientNorm: norm, isApplied: true)
    }

    private func resetUpdateRatios(count: Int) {
        if updateRatios.count == count {
            for index in updateRatios.indices { updateRatios[index] = 0 }
        } else {
            updateRatios = Array(repeating: 0, count: count)
        }
    }

    /// The real step of each linear weight, whatever the optimizer did (momentum, Adam's
    /// scaling, weight decay), against the weight before it; 0 for a frozen one.
    private func recordUpdateRatios(of network: Network) {
        var slot = 0, linear = 0
        for (index, layer) in network.layers.enumerated() {
            if layer is Linear {
                updateRatios[linear] = network.isFrozen[index] ? 0 : measures[slot].ratio
                linear += 1
            }
            slot += layer.parameters.count
        }
    }
}
