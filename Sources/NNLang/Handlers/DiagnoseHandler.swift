import NNLab

/// `diagnose`: the last run's curves read by `CurveDiagnosis`'s rules, with the evidence
/// and what to try; a list-valued run gets one row per run. Publishes `diagnosis`
/// (of the run the session kept, for a list).
enum DiagnoseHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        let runs = Array(state.lastRuns)
        guard !runs.isEmpty else {
            throw CommandFailure("diagnose reads the last run's curves, and nothing has been trained yet", fix: "train epochs=10")
        }
        var diagnoses: [CurveDiagnosis] = []
        for run in runs {
            guard let diagnosis = CurveDiagnosis.read(run) else {
                throw CommandFailure("run '\(run.name)' has \(run.stepCount) step\(run.stepCount == 1 ? "" : "s"), too few to read its curves",
                                     fix: "train at least \(CurveDiagnosis.minimumSteps) steps (train steps=\(CurveDiagnosis.minimumSteps * 5))")
            }
            diagnoses.append(diagnosis)
        }
        let kept = runs.count == 1 ? 0 : RunReport.bestIndex(runs)
        state.results["diagnosis"] = .string(diagnoses[kept].finding.rawValue)
        guard runs.count == 1 else {
            let table = Table(columns: ["run", "diagnosis", "evidence"], rows: zip(runs, diagnoses).map { run, diagnosis in
                [.text(run.name), .text(diagnosis.finding.rawValue), .text(diagnosis.evidence.map(describe).joined(separator: "; "))]
            })
            return [.table(table), .text("published: diagnosis = \(diagnoses[kept].finding.rawValue), of the kept run \(runs[kept].name)")]
        }
        let diagnosis = diagnoses[0]
        let lines = ["diagnosis: \(diagnosis.finding.rawValue)"] + diagnosis.evidence.map { "  " + describe($0) }
            + ["try: " + advice(diagnosis.rule)]
        return [.text(lines.joined(separator: "\n")), .plot(RunPlots.loss(runs))]
    }

    static func describe(_ evidence: CurveDiagnosis.Evidence) -> String {
        switch evidence {
        case .divergedAt(let step): "the run diverged at step \(step)"
        case let .trainLoss(start, end):
            "train loss \(formatNumber(start)) at the start, \(formatNumber(end)) at the end (\(signedPercent((end - start) / start)))"
        case let .validationMinimum(loss, point, last):
            "val loss fell to \(formatNumber(loss)) at validation point \(point), then rose to \(formatNumber(last))"
        case let .trainLossAfterMinimum(atMinimum, later):
            "meanwhile train loss kept falling, from \(formatNumber(atMinimum)) to a median of \(formatNumber(later)) after it"
        case let .accuracies(train, validation):
            "train accuracy \(formatNumber(train)), val accuracy \(formatNumber(validation))"
        case let .losses(validation, train):
            "val loss \(formatNumber(validation)) below train loss \(formatNumber(train)) at the last validation point"
        case .noise(let fraction):
            "step losses stray \(percent(fraction)) from their moving average"
        case .updateRatio(let ratio):
            "the weights barely moved: a median update of \(formatNumber(ratio)) of their size a step (about 1e-3 is healthy)"
        case .lateShareOfDrop(let fraction):
            "the last 30% of the steps gave \(percent(fraction)) of the drop"
        case let .rateCut(from, to, step):
            "the learning rate fell from \(formatNumber(from)) to \(formatNumber(to)), below a tenth at step \(step)"
        }
    }

    static func advice(_ rule: CurveDiagnosis.Rule) -> String {
        switch rule {
        case .diverged, .lossRose: "lower the learning rate (a tenth is a good first try), or check the initialization"
        case .flat: "raise the learning rate (try 10x); if it still does not move, check gradients and the initialization"
        case .validationTurnedUp: "stop at the best point (patience=5 restore=best), regularize (wd=, dropout) or get more data"
        case .accuracyGap: "regularize (wd=, dropout, augment), use a smaller model, or get more data"
        case .validationBelowTraining: "expected with dropout or augmentation, which act only in training; otherwise check the split"
        case .noisy: "a larger batch or a lower learning rate; plot loss smooth=20 shows the trend"
        case .stillImproving: "train longer: the loss is still falling"
        case .plateau: "decay the learning rate at the plateau (schedule step, or cosine)"
        case .rateCut: "the schedule cut the rate before the loss had settled: cut it later or by less (every=, factor=), or use cosine"
        case .lowCapacity: "a bigger model, or less regularization"
        case .good: "nothing to fix: the loss fell and settled, and validation follows training"
        }
    }

    private static func percent(_ fraction: Double) -> String { "\(Int((100 * fraction).rounded()))%" }
    private static func signedPercent(_ fraction: Double) -> String { (fraction >= 0 ? "+" : "") + percent(fraction) }
}
