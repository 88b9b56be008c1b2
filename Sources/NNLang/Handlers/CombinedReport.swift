import NNLab
import TextPlot

/// What `ensemble` and `snapshot` share: the setup they refuse without, the table of
/// members against their combination, the verdict, and what they publish.
enum CombinedReport {
    /// The training data (with a non-empty validation split, which the combination is
    /// measured on), the optimizer settings and the configuration with this command's overrides.
    static func setup(_ command: CheckedCommand, state: SessionState) throws(CommandFailure)
        -> (data: TrainingData, settings: OptimizerSettings, configuration: TrainingConfiguration) {
        let (prepared, _) = try TrainingSetup.requireDataAndModel(state)
        _ = try TrainingSetup.nonEmptySplit("val", of: prepared)
        let settings = try TrainingSetup.optimizerSettings(command, state: state)
        let configuration = try TrainingSetup.configuration(command, state: state, settings: settings)
        return (TrainingSetup.trainingData(prepared), settings, configuration)
    }

    /// Publishes a finished result; a result whose last run diverged or was interrupted is
    /// refused instead, so nothing changes. `command` is the command's name, `what` how
    /// messages call it.
    static func accept(_ result: CombinedResult, command: String, what: String, settings: OptimizerSettings,
                       into state: inout SessionState) throws(CommandFailure) {
        guard let run = result.stoppedRun else { return publish(result, into: &state) }
        switch run.stopReason {
        case let .diverged(step, loss, _):
            let how = loss.isFinite ? "exploded to \(formatNumber(loss))" : "became NaN or infinite"
            throw CommandFailure("the loss of \(run.name) \(how) at step \(step), so \(what) stopped; nothing changed "
                                 + "and nothing was published",
                                 fix: "lower the learning rate, e.g. \(command) lr=\(formatNumber(settings.learningRate / 10))")
        default:
            throw CommandFailure("\(what) was interrupted during \(run.name); nothing changed and nothing was published")
        }
    }

    /// How members are averaged under a loss, for the summary line.
    static func averaged(_ loss: DataLoss) -> String {
        "combined by averaging " + (loss == .softmax ? "their class probabilities" : "their scores")
    }

    /// One row per member (named `memberName` and its number), the mean member and the combination.
    static func table(_ result: CombinedResult, memberName: String, combination: String) -> Table {
        var rows: [[TableCell]] = result.members.enumerated().map { index, member in
            [.text("\(memberName) \(index + 1)"), .number(member.loss), .number(member.accuracy)]
        }
        let mean = result.meanMember
        rows.append([.text("mean \(memberName)"), .number(mean.loss), .number(mean.accuracy)])
        if let combined = result.combined {
            rows.append([.text(combination), .number(combined.loss), .number(combined.accuracy)])
        }
        return Table(columns: ["model", "val_loss", "val_acc"], rows: rows)
    }

    /// How much the combination gains over the mean and the best member.
    static func verdict(_ result: CombinedResult, memberName: String) -> String {
        guard let combined = result.combined else { return "" }
        let mean = result.meanMember
        let best = result.members.map(\.accuracy).max() ?? mean.accuracy
        let gain = combined.accuracy - mean.accuracy
        let reading = gain > 0 ? "the combination beats the mean \(memberName)"
            : (gain == 0 ? "the combination only matches the mean \(memberName)" : "the combination falls below the mean \(memberName)")
        return "\(reading): val_acc \(formatNumber(combined.accuracy)) against \(formatNumber(mean.accuracy)) "
            + "(\(points(gain)) points; \(points(combined.accuracy - best)) against the best \(memberName)), "
            + "val_loss \(formatNumber(combined.loss)) against \(formatNumber(mean.loss))"
    }

    /// A difference of accuracies in percentage points, signed: `+1.5`.
    static func points(_ difference: Double) -> String {
        (difference >= 0 ? "+" : "") + formatNumber(100 * difference, significantDigits: 3)
    }

    /// Each member's val accuracy, the mean and the combination as bars.
    static func bars(_ result: CombinedResult, memberName: String, combination: String) -> BarPlot {
        var bars = result.members.enumerated().map { Bar(label: "\(memberName) \($0.offset + 1)", value: $0.element.accuracy) }
        bars.append(Bar(label: "mean \(memberName)", value: result.meanMember.accuracy))
        if let combined = result.combined { bars.append(Bar(label: combination, value: combined.accuracy)) }
        return BarPlot(title: "val accuracy", bars: bars)
    }

    /// Publishes the combination's numbers as `val_loss` and `val_acc`, the mean member's as `member_loss` and `member_acc`.
    private static func publish(_ result: CombinedResult, into state: inout SessionState) {
        guard let combined = result.combined else { return }
        state.results["val_loss"] = .number(combined.loss)
        state.results["val_acc"] = .number(combined.accuracy)
        state.results["member_acc"] = .number(result.meanMember.accuracy)
        state.results["member_loss"] = .number(result.meanMember.loss)
    }

    /// Every block of a finished combination.
    static func blocks(_ result: CombinedResult, memberName: String, combination: String) -> [OutputBlock] {
        [.table(table(result, memberName: memberName, combination: combination)),
         .text(verdict(result, memberName: memberName)),
         .plot(bars(result, memberName: memberName, combination: combination))]
    }
}
