import Testing
@testable import NNLab
import Elementary

/// Each rule of `CurveDiagnosis` on a synthetic run built to show it, and the order of
/// the rules where two could apply.
@Suite struct CurveDiagnosisTests {
    /// A run of `losses`, with a validation point every `every` steps taking its
    /// numbers from `point(index)`: (val loss, val accuracy, train accuracy).
    private func run(_ losses: [Double], every: Int = 10, stop: StopReason = .completed,
                     point: (Int) -> (Double, Double, Double) = { _ in (0.5, 0.8, 0.82) }) -> RunHistory {
        var history = RunHistory(name: "synthetic", length: .steps(losses.count), ratioStride: 1, expectedSteps: losses.count)
        history.stepLosses = losses
        history.stopReason = stop
        for (index, end) in stride(from: every, through: losses.count, by: every).enumerated() {
            let window = losses[(end - every)..<end]
            let (validationLoss, validationAccuracy, trainAccuracy) = point(index)
            history.epochs.append(EpochRecord(epoch: index + 1, step: end, learningRate: 0.1,
                                              trainLoss: window.reduce(0, +) / Double(window.count),
                                              trainAccuracy: trainAccuracy,
                                              validationLoss: validationLoss, validationAccuracy: validationAccuracy))
        }
        return history
    }

    private func decay(_ count: Int, from start: Double = 2, to floor: Double = 0.1, rate: Double = 0.05) -> [Double] {
        (0..<count).map { floor + (start - floor) * Math.exp(-rate * Double($0)) }
    }

    private func finding(_ history: RunHistory) -> CurveDiagnosis.Finding? { CurveDiagnosis.read(history)?.finding }

    @Test func aDivergedRunIsExploding() {
        let diagnosis = CurveDiagnosis.read(run(decay(40), stop: .diverged(step: 40, loss: 1e9, restoredStep: 0)))
        #expect(diagnosis?.finding == .exploding)
        #expect(diagnosis?.evidence == [.divergedAt(step: 40)])
    }

    @Test func aRisingLossIsExploding() {
        let rising = (0..<100).map { 1 + 0.05 * Double($0) }
        let diagnosis = CurveDiagnosis.read(run(rising))
        #expect(diagnosis?.rule == .lossRose)
        if case let .trainLoss(start, end)? = diagnosis?.evidence.first { #expect(start < 1.3 && end > 5) } else { Issue.record("no evidence") }
    }

    @Test func aLossThatDoesNotMoveIsFlat() {
        #expect(finding(run((0..<100).map { 2.3026 - 1e-5 * Double($0) })) == .flat)
    }

    @Test func validationTurningUpWhileTrainingFallsIsOverfitting() {
        let diagnosis = CurveDiagnosis.read(run(decay(100, rate: 0.03)) { index in (0.6 - 0.05 * Double(min(index, 4)) + 0.08 * Double(max(0, index - 4)), 0.8, 0.9) })
        #expect(diagnosis?.finding == .overfitting)
        #expect(diagnosis?.rule == .validationTurnedUp)
        if case let .validationMinimum(_, point, _)? = diagnosis?.evidence.first { #expect(point == 5) } else { Issue.record("no evidence") }
    }

    @Test func aWideAccuracyGapIsOverfitting() {
        #expect(CurveDiagnosis.read(run(decay(100)) { _ in (0.12, 0.7, 1.0) })?.rule == .accuracyGap)
    }

    @Test func validationFarBelowTrainingIsNamed() {
        #expect(finding(run(decay(100)) { _ in (0.05, 0.95, 0.93) }) == .valAboveTrain)
    }

    @Test func stepLossesThatScatterAreNoisy() {
        let noisy = decay(200).enumerated().map { $0.element * ($0.offset % 2 == 0 ? 1.6 : 0.4) }
        #expect(finding(run(noisy) { _ in (0.11, 0.8, 0.82) }) == .noisy)
    }

    @Test func aLossStillFallingAtTheEndIsUnderfitting() {
        let diagnosis = CurveDiagnosis.read(run((0..<100).map { 2 - 0.015 * Double($0) }) { index in (2 - 0.15 * Double(index), 0.6, 0.62) })
        #expect(diagnosis?.finding == .underfitting)
        #expect(diagnosis?.rule == .stillImproving)
    }

    @Test func aLossThatLevelsOffHighIsAPlateau() {
        let diagnosis = CurveDiagnosis.read(run(decay(200, from: 2, to: 0.9, rate: 0.1)) { _ in (0.9, 0.93, 0.94) })
        #expect(diagnosis?.finding == .plateau)
    }

    @Test func lowAndCloseAccuraciesAreUnderfittingOfCapacity() {
        let diagnosis = CurveDiagnosis.read(run(decay(200, from: 2, to: 0.05, rate: 0.1)) { _ in (0.06, 0.6, 0.62) })
        #expect(diagnosis?.rule == .lowCapacity)
        #expect(diagnosis?.finding == .underfitting)
    }

    @Test func aLossThatFellAndSettledWithValidationCloseIsGood() {
        #expect(finding(run(decay(200, from: 2, to: 0.05, rate: 0.1)) { _ in (0.055, 0.98, 0.99) }) == .good)
    }

    @Test func aRunTooShortIsNotReadUnlessItDiverged() {
        #expect(CurveDiagnosis.read(run(decay(9), every: 3)) == nil)
        #expect(finding(run(decay(3), every: 3, stop: .diverged(step: 3, loss: .nan, restoredStep: 0))) == .exploding)
    }

    @Test func lossesNearZeroAreNotValidationAboveTraining() {
        #expect(finding(run(decay(100, to: 0.02)) { _ in (0.015, 1, 1) }) != .valAboveTrain)
    }

    @Test func everyFindingHasARuleThatGivesIt() {
        #expect(CurveDiagnosis.Finding.allCases.map(\.rawValue).sorted()
                == ["exploding", "flat", "good", "noisy", "overfitting", "plateau", "underfitting", "val_above_train"])
    }

    @Test func validationTurningUpAtChanceIsNotOverfitting() {
        // An L2 penalty shrinking makes the training loss fall while both splits stay at chance.
        let diagnosis = CurveDiagnosis.read(run(decay(100, from: 4.4, to: 1.1, rate: 0.05)) { index in (1.0986 + 0.001 * Double(index), 0.33, 0.33) })
        #expect(diagnosis?.finding == .underfitting, "\(String(describing: diagnosis))")
    }

    @Test func validationAboveALowTrainingAccuracyIsStillUnderfitting() {
        #expect(CurveDiagnosis.read(run(decay(200, from: 1.1, to: 0.9, rate: 0.1)) { _ in (0.95, 0.55, 0.475) })?.rule == .lowCapacity)
    }

    @Test func aLossThatJumpedAtOnceAndStayedHighIsExploding() {
        let losses = [2.3] + (1..<100).map { _ in 17.0 }
        #expect(finding(run(losses) { _ in (17, 0.1, 0.1) }) == .exploding)
    }

    @Test func aSpikeAtTheEndDoesNotHideOverfitting() {
        var history = run(decay(100, to: 0.02)) { index in (0.3 + 0.08 * Double(max(0, index - 2)), 0.8, 1) }
        history.epochs[history.epochs.count - 1].trainLoss = 0.5
        #expect(CurveDiagnosis.read(history)?.rule == .validationTurnedUp)
    }

    /// A few noisy steps can look like progress; weights that barely move cannot.
    @Test func aFallingLossWithWeightsThatBarelyMoveIsFlat() throws {
        var history = run(decay(20, from: 1.15, to: 1.05, rate: 0.2))
        history.stepUpdateRatios = (0..<20).map { 3e-7 * Double(1 + $0 % 3) }
        let diagnosis = try #require(CurveDiagnosis.read(history))
        #expect(diagnosis.finding == .flat && diagnosis.evidence.last == .updateRatio(6e-7), "\(diagnosis)")
        history.stepUpdateRatios = history.stepUpdateRatios.map { $0 * 1e4 }
        #expect(finding(history) != .flat, "ratios near 1e-3 are a moving run")
        history.stepUpdateRatios = Array(repeating: 0, count: 20)
        #expect(finding(history) != .flat, "a run with no recorded ratio (frozen layers) is read by its loss")
    }

    @Test func aRateCutThatStoppedProgressIsAPlateauOfTheSchedule() {
        var history = run(decay(200, from: 2.3, to: 0.8, rate: 0.1)) { _ in (0.8, 0.77, 0.78) }
        history.stepLearningRates = (0..<200).map { $0 < 40 ? 0.1 : 0.001 }
        let diagnosis = CurveDiagnosis.read(history)
        #expect(diagnosis?.finding == .plateau && diagnosis?.rule == .rateCut, "\(String(describing: diagnosis))")
        #expect(diagnosis?.evidence.first == .rateCut(from: 0.1, to: 0.001, atStep: 41))
    }
}
