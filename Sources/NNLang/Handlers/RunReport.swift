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
        case .nonFinite(let step):
            return .warning("the loss or the weights became NaN or infinite at step \(step): training stopped and kept the last finite weights. The learning rate is probably too high (or the initialization too large); lower it and try again")
        case .earlyStopped(let epoch):
            let best = history.bestEpoch.map { ", best at \($0)" } ?? ""
            return .text("stopped early at validation point \(epoch): no better validation loss for the patience given\(best)")
        case .cancelled(let step):
            return .text("interrupted before step \(step); the weights so far are kept")
        }
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
        if let best = history.bestEpoch { state.results["best_epoch"] = .number(Double(best)) }
        if history.stepCount > 0 {
            let ratios = history.updateRatios(atStep: history.stepCount - 1).sorted()
            if !ratios.isEmpty { state.results["update_ratio"] = .number(ratios[ratios.count / 2]) }
        }
    }

    /// The run with the highest validation accuracy, else (no validation split) the lowest
    /// finite training loss; the first on ties.
    static func bestIndex(_ histories: [RunHistory]) -> Int {
        let indices = Array(histories.indices)
        let accuracies = histories.map { $0.final?.validationAccuracy.flatMap { $0.isFinite ? $0 : nil } }
        if accuracies.contains(where: { $0 != nil }) {
            return indices.max { (accuracies[$0] ?? -1) < (accuracies[$1] ?? -1) } ?? 0
        }
        let losses = histories.map { $0.final.map(\.trainLoss).flatMap { $0.isFinite ? $0 : nil } ?? .infinity }
        return indices.min { losses[$0] < losses[$1] } ?? 0
    }

    /// One row per run.
    static func comparison(_ histories: [RunHistory], best: Int) -> Table {
        Table(columns: ["run", "train_loss", "train_acc", "val_loss", "val_acc", "ended"], rows: histories.enumerated().map { index, run in
            let final = run.final
            return [.text(run.name + (index == best ? " *" : "")), cell(final?.trainLoss), cell(final?.trainAccuracy),
                    cell(final?.validationLoss), cell(final?.validationAccuracy), .text(endingWord(run.stopReason))]
        })
    }

    private static func cell(_ value: Double?) -> TableCell { value.map { .number($0) } ?? .text("-") }

    private static func endingWord(_ reason: StopReason) -> String {
        switch reason {
        case .completed: return "completed"
        case .nonFinite(let step): return "NaN at step \(step)"
        case .earlyStopped(let epoch): return "early stop at \(epoch)"
        case .cancelled: return "interrupted"
        }
    }
}
