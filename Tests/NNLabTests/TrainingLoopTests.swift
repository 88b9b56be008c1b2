import Foundation
import Testing
@testable import NNLab

@Suite struct TrainingLoopTests {
    private func spiralData() throws -> TrainingData {
        var random = RandomSource(seed: 0)
        let spiral = try Dataset.spiral(points: 100, classes: 3, noise: 0.2, random: &random)
        return TrainingData(inputs: spiral.features, labels: spiral.labels)
    }

    private func blobs(validation: Bool = true) throws -> TrainingData {
        var random = RandomSource(seed: 1)
        let data = try Dataset.blobs(points: 60, classes: 3, noise: 1.5, random: &random)
        let splits = try Splits.stratified(labels: data.labels, classCount: 3, train: 0.7, validation: validation ? 0.3 : 0, test: 0, random: &random)
        let train = splits.trainingSet(of: data), val = splits.validationSet(of: data)
        return TrainingData(inputs: train.features, labels: train.labels,
                            validationInputs: validation ? val.features : nil, validationLabels: validation ? val.labels : [])
    }

    @Test func spiralReachesCS231nAccuracy() throws {
        var random = RandomSource(seed: 0)
        let network = try Network(specs: [.linear(inputs: 2, outputs: 100), .activation(.relu), .linear(inputs: 100, outputs: 3)], random: &random)
        network.initialize(with: .normal(standardDeviation: 0.01), random: &random)
        let configuration = TrainingConfiguration(length: .steps(10_000), batch: .all, loss: LossFunction(l2: 1e-3),
                                                  learningRate: 1.0)
        let loop = try TrainingLoop(network: network, configuration: configuration, data: try spiralData())
        var optimizer = SGD(SGDSettings(learningRate: 1.0))
        var streams = RandomStreams(seed: 0)
        let history = loop.run(optimizer: &optimizer, streams: &streams, name: "spiral")
        #expect(history.stepCount == 10_000)
        #expect(abs(history.stepLosses[0] - 1.0986) < 2e-3)
        #expect(history.final!.trainAccuracy >= 0.97, "train accuracy \(history.final!.trainAccuracy)")
        #expect(history.stopReason == .completed)
    }

    @Test func patienceStopsWhenValidationStopsImproving() throws {
        var random = RandomSource(seed: 3)
        let network = try Network(specs: [.linear(inputs: 2, outputs: 64), .activation(.relu), .linear(inputs: 64, outputs: 3)], random: &random)
        let configuration = TrainingConfiguration(length: .epochs(400), batch: .samples(8), learningRate: 0.05, patience: 3, restoresBest: true)
        let loop = try TrainingLoop(network: network, configuration: configuration, data: try blobs())
        var optimizer = Adam(AdamSettings(learningRate: 0.05))
        var streams = RandomStreams(seed: 0)
        let history = loop.run(optimizer: &optimizer, streams: &streams, name: "patience")
        guard case let .earlyStopped(epoch) = history.stopReason else { Issue.record("no early stop: \(history.stopReason)"); return }
        let losses = history.epochs.compactMap(\.validationLoss)
        let best = history.bestEpoch!
        #expect(epoch == best + 3)
        #expect(losses[(best)...].allSatisfy { $0 >= losses[best - 1] })
        // restore=best: the final validation loss is the best one.
        #expect(abs(history.final!.validationLoss! - losses[best - 1]) < 1e-9)
    }

    /// The final validation numbers reuse the last validation pass when the weights did not
    /// change after it, and are measured again when they did (restore=best).
    @Test(arguments: [false, true])
    func finalValidationIsAPassWithTheFinalWeights(restoresBest: Bool) throws {
        var random = RandomSource(seed: 5)
        let network = try Network(specs: [.linear(inputs: 2, outputs: 32), .activation(.relu), .linear(inputs: 32, outputs: 3)], random: &random)
        let configuration = TrainingConfiguration(length: .epochs(6), batch: .samples(8), learningRate: 0.3, restoresBest: restoresBest)
        let data = try blobs()
        let loop = try TrainingLoop(network: network, configuration: configuration, data: data)
        var optimizer = Adam(AdamSettings(learningRate: 0.3))
        var streams = RandomStreams(seed: 0)
        let history = loop.run(optimizer: &optimizer, streams: &streams, name: "final")
        let measured = network.measure(inputs: data.validationInputs, labels: data.validationLabels, loss: configuration.loss)
        #expect(history.final?.validationLoss == measured.loss)
        #expect(history.final?.validationAccuracy == measured.accuracy)
        if !restoresBest { #expect(history.epochs.last?.validationLoss == measured.loss) }
    }

    @Test func cancellationStopsBetweenSteps() throws {
        var random = RandomSource(seed: 4)
        let network = try Network(specs: [.linear(inputs: 2, outputs: 3)], random: &random)
        let loop = try TrainingLoop(network: network, configuration: TrainingConfiguration(length: .steps(100), batch: .samples(10)), data: try blobs())
        var optimizer = Adam()
        var streams = RandomStreams(seed: 0)
        var steps = 0
        let history = loop.run(optimizer: &optimizer, streams: &streams, name: "cancel",
                               onEvent: { if case .step = $0 { steps += 1 } }, isCancelled: { steps >= 7 })
        #expect(history.stopReason == .cancelled(step: 8))
        #expect(history.stepCount == 7)
    }

    @Test func epochScheduleChangesAtEpochBoundaries() throws {
        var random = RandomSource(seed: 5)
        let network = try Network(specs: [.linear(inputs: 2, outputs: 3)], random: &random)
        let configuration = TrainingConfiguration(length: .epochs(4), batch: .samples(21), schedule: .step(every: 2, factor: 0.1), learningRate: 1)
        let loop = try TrainingLoop(network: network, configuration: configuration, data: try blobs(validation: false))
        var optimizer = SGD()
        var streams = RandomStreams(seed: 0)
        let history = loop.run(optimizer: &optimizer, streams: &streams, name: "sched")
        // 126 training samples at 21 a batch: 6 steps an epoch.
        #expect(history.stepLearningRates == Array(repeating: 1, count: 12) + Array(repeating: 0.1, count: 12))
        #expect(history.epochs.map(\.epoch) == [1, 2, 3, 4])
        #expect(history.stepEpochs.last == 4)
    }

    @Test func sameSeedSameRun() throws {
        func run() throws -> [Double] {
            var random = RandomSource(seed: 6)
            let network = try Network(specs: [.linear(inputs: 2, outputs: 16), .activation(.tanh), .dropout(probability: 0.2), .linear(inputs: 16, outputs: 3)], random: &random)
            let loop = try TrainingLoop(network: network, configuration: TrainingConfiguration(length: .epochs(3), batch: .samples(16)), data: try blobs())
            var optimizer = Adam()
            var streams = RandomStreams(seed: 9)
            return loop.run(optimizer: &optimizer, streams: &streams, name: "a").stepLosses
        }
        #expect(try run() == run())
    }

    @Test func badOptionsAreRefused() throws {
        var random = RandomSource(seed: 7)
        let network = try Network(specs: [.linear(inputs: 2, outputs: 3)], random: &random)
        #expect(throws: TrainingError.nonPositive(option: "epochs", value: -1)) {
            try TrainingLoop(network: network, configuration: TrainingConfiguration(length: .epochs(-1)), data: try blobs())
        }
        #expect(throws: TrainingError.needsValidation(option: "patience")) {
            try TrainingLoop(network: network, configuration: TrainingConfiguration(length: .epochs(1), patience: 2), data: try blobs(validation: false))
        }
        let wide = try Network(specs: [.linear(inputs: 5, outputs: 3)], random: &random)
        #expect(throws: TrainingError.model(.featureMismatch(dataFeatures: 2, modelInputs: 5))) {
            try TrainingLoop(network: wide, configuration: TrainingConfiguration(length: .epochs(1)), data: try blobs())
        }
    }
}

@Suite struct DigitsTrainingTests {
    @Test func mlpReachesNinetyFivePercentOnGeneratedDigits() throws {
        var random = RandomSource(seed: 0)
        let digits = try Dataset.digits(points: 1000, random: &random)
        let splits = try Splits.stratified(labels: digits.labels, classCount: 10, random: &random)
        var splitsCopy = splits
        let train = splits.trainingSet(of: digits), test = splitsCopy.testSet(of: digits)
        let network = try Network(specs: [.linear(inputs: 64, outputs: 128), .activation(.relu), .linear(inputs: 128, outputs: 10)], random: &random)
        let loop = try TrainingLoop(network: network, configuration: TrainingConfiguration(length: .epochs(30), batch: .samples(64)),
                                    data: TrainingData(inputs: train.features, labels: train.labels))
        var optimizer = Adam()
        var streams = RandomStreams(seed: 0)
        _ = loop.run(optimizer: &optimizer, streams: &streams, name: "digits")
        let measured = network.measure(inputs: test.features, labels: test.labels, loss: LossFunction())
        #expect(measured.accuracy >= 0.95, "test accuracy \(measured.accuracy)")
    }
}
