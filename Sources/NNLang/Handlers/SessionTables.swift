import NNLab

/// The tables of `show config`, `show results` and `show runs`.
enum SessionTables {
    static func config(_ state: SessionState) -> Table {
        var rows: [[TableCell]] = [["seed", .text(String(state.seed))]]
        rows.append(["data", .text(state.prepared == nil ? "none" : DataPreparation.summary(state))])
        rows.append(["preprocess", .text(String(describing: state.preprocessing))])
        rows.append(["augment", .text(state.augmentation.isNone ? "none" : AugmentHandler.describe(state.augmentation))])
        let initialized = state.initialization.map { ", init \($0.name)" } ?? ""
        rows.append(["model", .text(state.network.map { "\(ModelDescription.arrows($0)) (\($0.parameterCount) parameters\(initialized))" } ?? "none")])
        rows.append(["loss", .text(LossHandler.describe(state.loss))])
        rows.append(["optimizer", .text("\(state.optimizerSettings)\(state.optimizer == nil ? " (fresh)" : " (with state)")")])
        rows.append(["schedule", .text(String(describing: state.schedule))])
        rows.append(["threads", .text(String(describing: state.threadPolicy))])
        rows.append(["runs", .number(Double(state.runs.count))])
        rows.append(["saved models", .text(state.savedModels.keys.sorted().joined(separator: ", "))])
        rows.append(["variables", .text(state.variables.keys.sorted().map { "\($0) = \(state.variables[$0]!)" }.joined(separator: ", "))])
        return Table(columns: ["setting", "value"], rows: rows)
    }

    static func results(_ state: SessionState) -> Table {
        Table(columns: ["name", "value", "meaning"], rows: ResultCatalog.all.map { result in
            [.text(result.name), .text(state.results[result.name].map { "\($0)" } ?? "not measured yet"), .text(result.meaning)]
        })
    }

    static func runs(_ state: SessionState) -> Table {
        Table(columns: ["#", "run", "steps", "train_loss", "train_acc", "val_loss", "val_acc", "ended"],
              rows: state.runs.enumerated().map { index, run in
            let final = RunReport.reportedFinal(run)
            return [.number(Double(index + 1)), .text(run.name), .number(Double(run.stepCount)),
                    final.map { .number($0.trainLoss) } ?? "-", final.map { .number($0.trainAccuracy) } ?? "-",
                    final?.validationLoss.map { .number($0) } ?? "-",
                    final?.validationAccuracy.map { .number($0) } ?? "-", .text(RunReport.endingWord(run.stopReason))]
        })
    }
}
