extension TrainingLoop {
    /// Trains `network` in place and returns what happened. Randomness comes from
    /// `streams` (batch order, dropout, augmentation), which advance.
    public func run<State: Optimizer>(optimizer: inout State, streams: inout RandomStreams, name: String,
                                      onEvent: (TrainingEvent) -> Void = { _ in },
                                      isCancelled: () -> Bool = { false }) -> RunHistory {
        let linearCount = network.layers.filter { $0 is Linear }.count
        var history = RunHistory(name: name, length: configuration.length, ratioStride: linearCount,
                                 expectedSteps: plannedSteps)
        var state = RunState(loop: self, streams: streams)
        let start = Checkpoint(weights: network.snapshot(), optimizer: optimizer, step: 0)
        var checkpoint = start
        var limit = Double.infinity
        let countsEpochs = if case .epochs = configuration.length { true } else { false }
        onEvent(.started(steps: plannedSteps, stepsPerValidation: evaluationInterval, countsEpochs: countsEpochs))
        while state.step < plannedSteps {
            if isCancelled() { history.stopReason = .cancelled(step: state.step + 1); break }
            let outcome = state.takeStep(optimizer: &optimizer, history: &history)
            onEvent(.step(index: state.step, of: plannedSteps, loss: outcome.loss))
            if state.step == 1 { limit = Divergence.limit(firstLoss: outcome.loss) }
            if !outcome.isApplied || !Divergence.isHealthy(outcome.loss, limit: limit) {
                history.stopReason = .diverged(step: state.step, loss: outcome.loss, restoredStep: checkpoint.step)
                break
            }
            if state.step % evaluationInterval == 0 || state.step == plannedSteps {
                let record = state.validationPoint(history: &history)
                onEvent(.epoch(record))
                if Divergence.isHealthy(record.trainLoss, limit: limit)
                    && Divergence.isHealthy(record.validationLoss ?? 0, limit: limit) {
                    checkpoint = Checkpoint(weights: network.snapshot(), optimizer: optimizer, step: state.step)
                }
                if state.shouldStopEarly { history.stopReason = .earlyStopped(epoch: record.epoch); break }
            }
        }
        var current = history.epochs.last.flatMap { last in
            last.step == state.step ? last.validationLoss.map { Measurement(loss: $0, accuracy: last.validationAccuracy ?? .nan) } : nil
        }
        if case let .diverged(step, loss, _) = history.stopReason {
            history.stopReason = .diverged(step: step, loss: loss,
                                           restoredStep: goBack(to: checkpoint, else: start, limit: limit, optimizer: &optimizer))
            current = nil
        }
        if configuration.restoresBest, let best = state.bestWeights {
            network.restore(best)
            current = nil
        }
        history.bestEpoch = state.bestEpoch
        history.final = finalMetrics(validation: current)
        streams = state.streams
        return history
    }

    /// Restores `checkpoint`, or `start` when the checkpoint's full training pass is not
    /// healthy after all; returns the step of the one kept.
    private func goBack<State: Optimizer>(to checkpoint: Checkpoint<State>, else start: Checkpoint<State>,
                                          limit: Double, optimizer: inout State) -> Int {
        network.restore(checkpoint.weights)
        optimizer = checkpoint.optimizer
        guard checkpoint.step > 0 else { return 0 }
        let measured = network.measure(inputs: data.inputs, labels: data.labels, loss: configuration.loss)
        if Divergence.isHealthy(measured.loss, limit: limit) { return checkpoint.step }
        network.restore(start.weights)
        optimizer = start.optimizer
        return 0
    }

    /// The published numbers: full passes over each split with the final weights; a
    /// validation pass already made with these weights is passed in rather than repeated.
    func finalMetrics(validation measured: Measurement?) -> FinalMetrics {
        let train = network.measure(inputs: data.inputs, labels: data.labels, loss: configuration.loss)
        let validation = data.hasValidation
            ? measured ?? network.measure(inputs: data.validationInputs, labels: data.validationLabels, loss: configuration.loss)
            : nil
        return FinalMetrics(trainLoss: train.loss, trainAccuracy: train.accuracy,
                            validationLoss: validation?.loss, validationAccuracy: validation?.accuracy)
    }
}

/// Parameters and buffers of every layer, for putting the best weights back.
public struct WeightSnapshot: Sendable {
    let parameters: [[Matrix]]
    let buffers: [[Matrix]]
}

extension Network {
    /// A copy of every layer's parameters and buffers.
    public func snapshot() -> WeightSnapshot {
        WeightSnapshot(parameters: layers.map(\.parameters), buffers: layers.map(\.buffers))
    }

    /// Puts back the parameters and buffers of a snapshot of this network.
    public func restore(_ snapshot: WeightSnapshot) {
        for (index, layer) in layers.enumerated() {
            layer.parameters = snapshot.parameters[index]
            layer.buffers = snapshot.buffers[index]
        }
    }
}
