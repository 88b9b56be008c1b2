import NNLab

/// What a run prints and publishes.
enum RunReport {
    /// The most validation-point lines printed; longer runs show evenly spaced ones.
    static let maximumLines = 20

    /// One line per validation point (at most 20), how the run ended, the final numbers.
    static func blocks(for history: RunHistory) -> [OutputBlock] {
        var lines = shownRecords(history.epochs).map { line(for: $0, of: history) }
        if history.epochs.count > maximumLines {
            lines.append("(\(maximumLines) of \(history.epochs.count) validation points shown; plot accuracy draws them all)")
        }
        var blocks: [OutputBlock] = lines.isEmpty ? [] : [.text(lines.joined(separator: "\n"))]
        if let ending = ending(history) { blocks.append(ending) }
        if let final = history.final {
            var summary = "train_loss \(formatNumber(final.trainLoss))  train_acc \(formatNumber(final.trainAccuracy))"
            if let loss = final.validationLoss, let acc = final.validationAccuracy {
                summary += "  val_loss \(formatNumber(loss))  val_acc \(formatNumber(acc))"
            }
            blocks.append(.text(summary + "  (full passes with the final weights)"))
        }
        return blocks
    }

    private static func shownRecords(_ records: [EpochRecord]) -> [EpochRecord] {
        guard records.count > maximumLines else { return records }
        return (0..<maximumLines).map { records[$0 * (records.count - 1) / (maximumLines - 1)] }
    }

    private static func line(for record: EpochRecord, of history: RunHistory) -> String {
        let unit = history.length.isEpochs ? "epoch \(record.epoch)" : "step \(record.step)"
        var text = "\(unit)  loss \(formatNumber(record.trainLoss))  acc \(formatNumber(record.trainAccuracy))"
        if let loss = record.validationLoss, let acc = record.validationAccuracy {
            text += "  val_loss \(formatNumber(loss))  val_acc \(formatNumber(acc))"
        }
        return text + "  lr \(formatNumber(record.learningRate))"
    }

    private static func ending(_ history: RunHistory) -> OutputBlock? {
        switch history.stopReason {
        case .completed:
            return nil
        case let .diverged(step, loss, restoredStep):
            return .warning(divergenceWarning(step: step, loss: loss, restoredStep: restoredStep))
        case .earlyStopped(let epoch):
            let best = history.bestEpoch.map { ", best at \($0)" } ?? ""
            return .text("stopped early at validation point \(epoch): no better validation loss for the patience given\(best)")
        case .cancelled(let step):
            return .text("interrupted before step \(step); the weights so far are kept")
        }
    }

    /// What went wrong, what was kept, and what to change.
    static func divergenceWarning(step: Int, loss: Double, restoredStep: Int) -> String {
        let what = loss.isFinite
            ? "the loss exploded to \(formatNumber(loss)) at step \(step) (over \(formatNumber(Divergence.explosionFactor)) times the first loss)"
            : "the loss or the weights became NaN or infinite at step \(step)"
        let kept = restoredStep > 0
            ? "went back to the weights and optimizer state after step \(restoredStep), the last validation point with a finite loss"
            : "went back to the weights and optimizer state from before this run"
        let advice = step == 1 && restoredStep == 0 && !loss.isFinite
            ? "The weights give a NaN loss from the start: re-initialize them (init) or rebuild the model"
            : "The learning rate is probably too high (or the initialization too large); lower it and try again"
        return "\(what): training stopped and \(kept). \(advice)"
    }

    /// Publishes the run's measured numbers under the read-only names.
    static func publish(_ history: RunHistory, network: Network, into state: inout SessionState) {
        guard let final = history.final else { return }
        state.results["loss"] = .number(final.trainLoss)
        state.results["train_loss"] = .number(final.trainLoss)
        state.results["train_acc"] = .number(final.trainAccuracy)
        if let loss = final.validationLoss { state.results["val_loss"] = .number(loss) }
        if let acc = final.validationAccuracy { state.results["val_acc"] = .number(acc) }
        state.results["steps_run"] = .number(Double(history.stepCount))
        state.results["epochs_run"] = .number(Double(history.stepEpochs.last ?? 0))
        if let best = history.bestEpochNumber { state.results["best_epoch"] = .number(Double(best)) }
        if history.stepCount > 0 {
            if let ratio = history.updateRatios(atStep: history.stepCount - 1).median { state.results["update_ratio"] = .number(ratio) }
        }
    }

    /// Whether the run stopped because its loss diverged.
    static func diverged(_ history: RunHistory) -> Bool {
        if case .diverged = history.stopReason { true } else { false }
    }

    /// Among the runs that did not diverge (all, if every one did), the one with the highest
    /// validation accuracy, else (no validation split) the lowest finite training loss;
    /// the first on ties.
    static func bestIndex(_ histories: [RunHistory]) -> Int {
        let healthy = histories.indices.filter { !diverged(histories[$0]) }
        let indices = healthy.isEmpty ? Array(histories.indices) : healthy
        let accuracies = histories.map { $0.final?.validationAccuracy.flatMap { $0.isFinite ? $0 : nil } }
        if indices.contains(where: { accuracies[$0] != nil }) {
            return indices.max { (accuracies[$0] ?? -1) < (accuracies[$1] ?? -1) } ?? 0
        }
        let losses = histories.map { $0.final.map(\.trainLoss).flatMap { $0.isFinite ? $0 : nil } ?? .infinity }
        return indices.min { losses[$0] < losses[$1] } ?? 0
    }

    /// One row per run.
    static func comparison(_ histories: [RunHistory], best: Int?) -> Table {
        Table(columns: ["run", "train_loss", "train_acc", "val_loss", "val_acc", "ended"], rows: histories.enumerated().map { index, run in
            let final = reportedFinal(run)
            return [.text(run.name + (index == best ? " *" : "")), cell(final?.trainLoss), cell(final?.trainAccuracy),
                    cell(final?.validationLoss), cell(final?.validationAccuracy), .text(endingWord(run.stopReason))]
        })
    }

    /// The run's final numbers, or nil for a run that diverged and went back to the weights
    /// from before it (its numbers would be the previous model's).
    static func reportedFinal(_ run: RunHistory) -> FinalMetrics? {
        if case .diverged(_, _, 0) = run.stopReason { return nil }
        return run.final
    }

    private static func cell(_ value: Double?) -> TableCell { value.map { .number($0) } ?? .text("-") }

    static func endingWord(_ reason: StopReason) -> String {
        switch reason {
        case .completed: return "completed"
        case let .diverged(step, _, restoredStep):
            return "diverged at step \(step)" + (restoredStep > 0 ? ", kept step \(restoredStep)" : ", kept none")
        case .earlyStopped(let epoch): return "early stop at \(epoch)"
        case .cancelled: return "interrupted"
        }
    }
}
