/// The levels and validation points of a run that `CurveDiagnosis` reads.
struct LearningCurve {
    /// A validation point with the training numbers of the same point.
    struct Point {
        let loss: Double, accuracy: Double, trainLoss: Double, trainAccuracy: Double
    }

    let start: Double, end: Double
    /// The first step's loss.
    let firstLoss: Double
    /// Where the learning rate first fell to a tenth of its start or below, and its end value.
    let rateCut: (from: Double, to: Double, step: Int)?
    /// The level at 70% of the run.
    let late: Double
    /// In the second half, the median of |loss − centred moving average| over the median average.
    let noise: Double
    let validation: [Point]
    let trainAccuracy: Double
    let divergedStep: Int?
    /// The median over the run's steps and trained layers of ‖Δw‖/‖w‖ (frozen layers, at 0, left out).
    let updateRatio: Double?

    init(_ history: RunHistory) {
        let losses = history.stepLosses
        let window = max(1, losses.count / 10)
        func level(endingAt index: Int) -> Double {
            let slice = losses[max(0, index - window)..<index]
            return slice.reduce(0, +) / Double(slice.count)
        }
        start = losses[0..<window].reduce(0, +) / Double(window)
        firstLoss = losses[0]
        let rates = history.stepLearningRates
        if let first = rates.first, let last = rates.last, let step = rates.firstIndex(where: { $0 <= first / 10 }) {
            rateCut = (first, last, step + 1)
        } else {
            rateCut = nil
        }
        end = level(endingAt: losses.count)
        late = level(endingAt: max(window, losses.count * 7 / 10))
        noise = Self.noise(losses)
        validation = history.epochs.compactMap { record in
            guard let loss = record.validationLoss, let accuracy = record.validationAccuracy else { return nil }
            return Point(loss: loss, accuracy: accuracy, trainLoss: record.trainLoss, trainAccuracy: record.trainAccuracy)
        }
        trainAccuracy = history.epochs.last?.trainAccuracy ?? history.final?.trainAccuracy ?? 0
        updateRatio = history.stepUpdateRatios.filter { $0 > 0 }.median
        if case let .diverged(step, _, _) = history.stopReason {
            divergedStep = step
        } else {
            divergedStep = losses.firstIndex { !$0.isFinite }.map { $0 + 1 }
        }
    }

    var trainLoss: CurveDiagnosis.Evidence { .trainLoss(start: start, end: end) }

    var accuracies: [CurveDiagnosis.Evidence] {
        validation.last.map { [.accuracies(train: $0.trainAccuracy, validation: $0.accuracy)] } ?? []
    }

    private static func noise(_ losses: [Double]) -> Double {
        let half = max(2, losses.count / 40)
        var averages: [Double] = [], distances: [Double] = []
        for index in max(losses.count / 2, half)..<(losses.count - half) {
            let window = losses[(index - half)...(index + half)]
            let average = window.reduce(0, +) / Double(window.count)
            averages.append(average)
            distances.append(abs(losses[index] - average))
        }
        guard let level = averages.median, level > 0, let distance = distances.median else { return 0 }
        return distance / level
    }
}
