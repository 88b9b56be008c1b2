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
    /// ‖Δw‖/‖w‖ of each linear layer's weight in the last step, the weight measured
    /// before the update (0 when the update was not applied).
    public private(set) var updateRatios: [Double] = []

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
        resetUpdateRatios(count: network.layers.count { $0 is Linear })
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
        measureUpdateRatios(of: network)
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

    private func resetUpdateRatios(count: Int) {
        if updateRatios.count == count {
            for index in updateRatios.indices { updateRatios[index] = 0 }
        } else {
            updateRatios = Array(repeating: 0, count: count)
        }
    }

    /// The real step of each linear weight, whatever the optimizer did (momentum, Adam's
    /// scaling, weight decay), against the weight before it, from the saved copy.
    private func measureUpdateRatios(of network: Network) {
        var slot = 0, linear = 0
        for layer in network.layers {
            if layer is Linear {
                let after = layer.parameters[0].storage
                var change = 0.0, weight = 0.0
                backup[slot].withUnsafeBufferPointer { before in
                    for index in before.indices {
                        let old = Double(before[index])
                        let delta = Double(after[index]) - old
                        change += delta * delta
                        weight += old * old
                    }
                }
                updateRatios[linear] = weight > 0 ? (change / weight).squareRoot() : .infinity
                linear += 1
            }
            slot += layer.parameters.count
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
