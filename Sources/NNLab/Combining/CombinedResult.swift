/// What training several models (or snapshots of one) and combining them measured on the
/// validation split.
public struct CombinedResult: Sendable {
    /// Each member's training run, in order; the last one may have stopped early.
    public var histories: [RunHistory] = []
    /// Each finished member's loss and accuracy on the validation split.
    public var members: [Measurement] = []
    /// Each finished member's validation scores, for combining.
    var memberScores: [Matrix] = []
    /// The combination's loss and accuracy on the validation split; nil unless every member finished.
    public var combined: Measurement?

    /// The members' mean loss and mean accuracy.
    public var meanMember: Measurement {
        let count = Double(max(members.count, 1))
        return Measurement(loss: members.map(\.loss).reduce(0, +) / count,
                           accuracy: members.map(\.accuracy).reduce(0, +) / count)
    }

    /// The run that stopped before its end (diverged or interrupted), if one did.
    public var stoppedRun: RunHistory? {
        histories.last.flatMap { $0.stopReason == .completed ? nil : $0 }
    }

    /// Measures a finished member on the validation data and keeps its scores.
    mutating func addMember(_ network: Network, data: TrainingData, loss: LossFunction) {
        let scores = network.predict(data.validationInputs)
        memberScores.append(scores)
        members.append(Combination.measure(scores: scores, labels: data.validationLabels, loss: loss))
    }

    /// Combines the members, once all have finished.
    mutating func combine(data: TrainingData, loss: LossFunction) {
        guard stoppedRun == nil, !memberScores.isEmpty else { return }
        let scores = Combination.scores(memberScores, loss: loss.kind)
        combined = Combination.measure(scores: scores, labels: data.validationLabels, loss: loss)
    }
}

/// Why members cannot be trained and combined.
extension TrainingError {
    /// Combining is measured on the validation split, so it must not be empty.
    static let combiningNeedsValidation = TrainingError.needsValidation(option: "combining models")
}

extension TrainingEvent {
    /// A step event of run `run` (from 0) of `runs` runs of `steps` steps each, counted over
    /// all of them, so that one progress bar covers every member or cycle.
    func acrossRuns(run: Int, of runs: Int, steps: Int) -> TrainingEvent {
        switch self {
        case let .step(index, _, loss): .step(index: run * steps + index, of: runs * steps, loss: loss)
        case let .started(_, interval, countsEpochs): .started(steps: runs * steps, stepsPerValidation: interval, countsEpochs: countsEpochs)
        case .epoch, .progress: self
        }
    }
}
