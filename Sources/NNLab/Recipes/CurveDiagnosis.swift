/// What a run's learning curves show, read by fixed rules (cs231n's notes and the
/// common teaching; RECIPES-REFERENCE.md's table), with the numbers each rule used.
///
/// The rules, tried in this order, on the step losses (levels are means over a tenth
/// of the run) and the validation points:
/// 1. `exploding`: the run diverged (read however short), a loss is not finite, or the
///    end level is over 1.5x the start level or over 1.5x the first step's loss.
/// 2. `flat`: the level moved less than 1% from start to end, or the weights barely moved:
///    the median update ratio ‖Δw‖/‖w‖ of the run is under 1e-5, a hundredth of the 1e-3
///    rule of thumb (a short run's batch-to-batch noise can look like progress).
/// 3. `overfitting`: with 3 validation points or more, the last validation loss is over
///    10% above its minimum, which came earlier, while the training loss kept falling
///    (the median after the minimum is below it) and training accuracy is above
///    validation accuracy; or training accuracy exceeds validation accuracy by more than
///    0.15 at the end.
/// 4. `val_above_train`: the last validation loss is under 0.85x the training loss of
///    the same point, and more than 0.05 under it (training-only regularization, or an
///    easier validation split).
/// 5. `noisy`: in the second half, the median distance of a step's loss from the
///    centred moving average is over 20% of the average.
/// 6. `underfitting` (still improving): the last 30% of the steps gave over 20% of the
///    whole drop, and validation loss (if any) was still falling.
/// 7. `plateau` (rate cut): the learning rate fell 10x or more during the run and the
///    last 30% of the steps gave under 3% of the drop: the cut stopped the progress.
/// 8. `underfitting` (capacity): training accuracy under 0.9, and validation accuracy
///    not 0.05 below it.
/// 9. `plateau`: the last 30% of the steps gave under 3% of a drop of at least 10%, and
///    training accuracy is under 0.97.
/// 10. `good` otherwise.
public struct CurveDiagnosis: Sendable, Equatable {
    /// The name published as `diagnosis`.
    public enum Finding: String, Sendable, CaseIterable {
        case good, underfitting, overfitting, exploding, flat, plateau, noisy
        case valAboveTrain = "val_above_train"
    }

    /// The rule that decided, in the order above.
    public enum Rule: Sendable, Equatable {
        case diverged, lossRose, flat, validationTurnedUp, accuracyGap, validationBelowTraining
        case noisy, stillImproving, rateCut, plateau, lowCapacity, good
    }

    /// A number a rule used.
    public enum Evidence: Sendable, Equatable {
        /// The run stopped as diverged at this step.
        case divergedAt(step: Int)
        /// The training loss level at the start and at the end.
        case trainLoss(start: Double, end: Double)
        /// The lowest validation loss, its validation point (from 1), and the last one.
        case validationMinimum(loss: Double, point: Int, last: Double)
        /// The training loss at the validation minimum, and its median after it.
        case trainLossAfterMinimum(atMinimum: Double, later: Double)
        /// Training and validation accuracy at the last validation point.
        case accuracies(train: Double, validation: Double)
        /// Validation and training loss at the last validation point.
        case losses(validation: Double, train: Double)
        /// The typical distance of a step's loss from its moving average, as a fraction of it.
        case noise(Double)
        /// The run's median update ratio ‖Δw‖/‖w‖.
        case updateRatio(Double)
        /// The part of the whole drop that the last 30% of the steps gave.
        case lateShareOfDrop(Double)
        /// The learning rate at the start, at the end, and the step where it first fell 10x.
        case rateCut(from: Double, to: Double, atStep: Int)
    }

    /// What the curves show.
    public var finding: Finding
    /// The rule that decided.
    public var rule: Rule
    /// The numbers it used.
    public var evidence: [Evidence]

    /// The fewest steps whose curve can be read.
    public static let minimumSteps = 10

    /// Reads `history`; nil when it has fewer than `minimumSteps` steps and did not diverge.
    public static func read(_ history: RunHistory) -> CurveDiagnosis? {
        if case let .diverged(step, _, _) = history.stopReason {
            return CurveDiagnosis(finding: .exploding, rule: .diverged, evidence: [.divergedAt(step: step)])
        }
        guard history.stepCount >= minimumSteps else { return nil }
        let curve = LearningCurve(history)
        let rules: [(LearningCurve) -> CurveDiagnosis?] = [exploding, flat, overfitting, validationBelowTraining,
                                                            noisy, stillImproving, rateCut, lowCapacity, plateau]
        for rule in rules {
            if let diagnosis = rule(curve) { return diagnosis }
        }
        return CurveDiagnosis(finding: .good, rule: .good, evidence: [curve.trainLoss] + curve.accuracies)
    }

    private static func exploding(_ c: LearningCurve) -> CurveDiagnosis? {
        if let step = c.divergedStep {
            return CurveDiagnosis(finding: .exploding, rule: .diverged, evidence: [.divergedAt(step: step)])
        }
        guard c.end > 1.5 * min(c.start, c.firstLoss) else { return nil }
        return CurveDiagnosis(finding: .exploding, rule: .lossRose, evidence: [c.trainLoss])
    }

    /// The update ratio under which the weights count as not moving.
    static let stillRatio = 1e-5

    private static func flat(_ c: LearningCurve) -> CurveDiagnosis? {
        if let ratio = c.updateRatio, ratio < stillRatio {
            return CurveDiagnosis(finding: .flat, rule: .flat, evidence: [c.trainLoss, .updateRatio(ratio)])
        }
        guard abs(c.start - c.end) < 0.01 * c.start else { return nil }
        return CurveDiagnosis(finding: .flat, rule: .flat, evidence: [c.trainLoss])
    }

    private static func overfitting(_ c: LearningCurve) -> CurveDiagnosis? {
        let points = c.validation
        if points.count >= 3, let low = points.indices.min(by: { points[$0].loss < points[$1].loss }), low < points.count - 1 {
            let last = points[points.count - 1]
            let later = points[(low + 1)...].map(\.trainLoss).sorted()
            if last.loss > 1.1 * points[low].loss && later[later.count / 2] < points[low].trainLoss
                && last.trainAccuracy > last.accuracy {
                return CurveDiagnosis(finding: .overfitting, rule: .validationTurnedUp, evidence: [
                    .validationMinimum(loss: points[low].loss, point: low + 1, last: last.loss),
                    .trainLossAfterMinimum(atMinimum: points[low].trainLoss, later: later[later.count / 2]),
                ])
            }
        }
        guard let last = points.last, last.trainAccuracy - last.accuracy > 0.15 else { return nil }
        return CurveDiagnosis(finding: .overfitting, rule: .accuracyGap, evidence: c.accuracies)
    }

    private static func validationBelowTraining(_ c: LearningCurve) -> CurveDiagnosis? {
        guard let last = c.validation.last, last.loss < 0.85 * last.trainLoss, last.trainLoss - last.loss > 0.05 else { return nil }
        return CurveDiagnosis(finding: .valAboveTrain, rule: .validationBelowTraining,
                              evidence: [.losses(validation: last.loss, train: last.trainLoss)])
    }

    private static func noisy(_ c: LearningCurve) -> CurveDiagnosis? {
        guard c.noise > 0.2 else { return nil }
        return CurveDiagnosis(finding: .noisy, rule: .noisy, evidence: [.noise(c.noise)])
    }

    private static func stillImproving(_ c: LearningCurve) -> CurveDiagnosis? {
        let drop = c.start - c.end
        guard drop > 0, c.late - c.end > 0.2 * drop else { return nil }
        let points = c.validation
        if points.count >= 2, points[points.count - 1].loss >= points[points.count - 2].loss { return nil }
        return CurveDiagnosis(finding: .underfitting, rule: .stillImproving,
                              evidence: [c.trainLoss, .lateShareOfDrop((c.late - c.end) / drop)])
    }

    private static func rateCut(_ c: LearningCurve) -> CurveDiagnosis? {
        let drop = c.start - c.end
        guard let cut = c.rateCut, drop > 0, c.late - c.end < 0.03 * drop else { return nil }
        return CurveDiagnosis(finding: .plateau, rule: .rateCut,
                              evidence: [.rateCut(from: cut.from, to: cut.to, atStep: cut.step),
                                         .lateShareOfDrop(max(0, c.late - c.end) / drop)] + c.accuracies)
    }

    private static func plateau(_ c: LearningCurve) -> CurveDiagnosis? {
        let drop = c.start - c.end
        guard drop >= 0.1 * c.start, c.late - c.end < 0.03 * drop, c.trainAccuracy < 0.97 else { return nil }
        return CurveDiagnosis(finding: .plateau, rule: .plateau,
                              evidence: [c.trainLoss, .lateShareOfDrop(max(0, c.late - c.end) / drop)] + c.accuracies)
    }

    private static func lowCapacity(_ c: LearningCurve) -> CurveDiagnosis? {
        guard let last = c.validation.last, last.trainAccuracy < 0.9, last.trainAccuracy - last.accuracy < 0.05 else { return nil }
        return CurveDiagnosis(finding: .underfitting, rule: .lowCapacity, evidence: c.accuracies)
    }
}
