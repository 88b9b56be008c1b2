import Foundation
import Testing
@testable import NNLab

/// Noisy blobs with a small training split and a large validation one, where members
/// trained with a high, noisy rate disagree and their average is clearly better.
private func noisyBlobs(seed: UInt64 = 0) throws -> TrainingData {
    var random = RandomSource(seed: seed)
    let data = try Dataset.blobs(points: 100, classes: 4, noise: 1.5, random: &random)
    let splits = try Splits.stratified(labels: data.labels, classCount: 4, train: 0.2, validation: 0.8, test: 0, random: &random)
    let train = splits.trainingSet(of: data), val = splits.validationSet(of: data)
    return TrainingData(inputs: train.features, labels: train.labels, validationInputs: val.features, validationLabels: val.labels)
}

let noisySGD = OptimizerSettings.sgd(SGDSettings(learningRate: 0.1, momentum: 0.9))
let wideNet: [LayerSpec] = [.linear(inputs: 2, outputs: 100), .activation(.relu), .linear(inputs: 100, outputs: 4)]

@Suite struct CombinationTests {
    /// Member A scores [0, 0] (p = ½, ½), member B [ln 3, 0] (p = ¾, ¼): the mean is (⅝, ⅜).
    @Test func softmaxCombinesTheMeanOfTheProbabilities() {
        let a = Matrix([[0, 0]]), b = Matrix([[Float(log(3.0)), 0]])
        let combined = Combination.scores([a, b], loss: .softmax)
        #expect(abs(exp(Double(combined[0, 0])) - 0.625) < 1e-6)
        #expect(abs(exp(Double(combined[0, 1])) - 0.375) < 1e-6)
        let measured = Combination.measure(scores: combined, labels: [1], loss: LossFunction())
        #expect(abs(measured.loss - -log(0.375)) < 1e-5)
        #expect(measured.accuracy == 0)
    }

    @Test(arguments: [DataLoss.svm, .mse])
    func otherLossesCombineTheMeanOfTheScores(loss: DataLoss) {
        let combined = Combination.scores([Matrix([[1, -2], [0, 4]]), Matrix([[3, 2], [2, 0]])], loss: loss)
        #expect(combined.storage == [2, 0, 1, 2])
    }

    /// The mean of the probabilities can pick a class no single member picks.
    @Test func theCombinationCanDisagreeWithEveryMember() {
        let confidentA = Matrix([[5, 0, 4.9]]), confidentB = Matrix([[0, 5, 4.9]])
        let combined = Combination.scores([confidentA, confidentB], loss: .softmax)
        #expect(accuracy(scores: combined, labels: [2]) == 1)
    }

    @Test func aClassEveryMemberRulesOutCostsAFiniteLoss() {
        let combined = Combination.scores([Matrix([[0, -200]])], loss: .softmax)
        let loss = Combination.measure(scores: combined, labels: [1], loss: LossFunction()).loss
        #expect(loss.isFinite && loss > 80)
    }
}

@Suite struct EnsembleTests {
    private func ensemble(seed: UInt64 = 0) -> Ensemble {
        Ensemble(specs: wideNet, configuration: TrainingConfiguration(length: .epochs(10), batch: .samples(8), learningRate: 0.1),
                 optimizer: noisySGD, seed: seed)
    }

    @Test func membersStartFromTheGivenInitialization() throws {
        let data = try noisyBlobs()
        var zeros = ensemble()
        zeros.initialization = InitializationScheme(name: "zeros", perLinearLayer: [.zeros, .zeros])
        // Zero weights give every sample the same scores and no gradient to any weight (only
        // the last bias learns), so each member predicts one class: a quarter of the
        // stratified validation split.
        let flat = try zeros.run(members: 2, data: data)
        #expect(flat.members.map(\.accuracy) == [0.25, 0.25])
        let usual = try ensemble().run(members: 2, data: data)
        #expect(usual.members.allSatisfy { $0.accuracy > 0.5 })
    }

    @Test func anEnsembleBeatsItsMeanMemberOnNoisyBlobs() throws {
        let result = try ensemble().run(members: 5, data: try noisyBlobs())
        let combined = try #require(result.combined)
        #expect(result.members.count == 5 && result.histories.count == 5)
        #expect(combined.accuracy > result.meanMember.accuracy + 0.01, "\(combined) against \(result.meanMember)")
        // −log of a mean probability is at most the mean of −log (Jensen), so the loss always falls.
        #expect(combined.loss < result.meanMember.loss)
    }

    @Test func membersDifferAndTheSameSeedRepeats() throws {
        let data = try noisyBlobs()
        let first = try ensemble().run(members: 3, data: data), again = try ensemble().run(members: 3, data: data)
        #expect(first.members == again.members && first.combined == again.combined)
        #expect(Set(first.histories.map(\.stepLosses)).count == 3, "each member starts and shuffles differently")
        let other = try ensemble(seed: 1).run(members: 3, data: data)
        #expect(other.members != first.members)
        #expect(Set((0..<100).map { Ensemble.memberSeed(0, member: $0) }).count == 100)
    }

    @Test func aDivergingMemberStopsTheEnsembleUncombined() throws {
        var diverging = ensemble()
        diverging.configuration.learningRate = 1e9
        let result = try diverging.run(members: 3, data: try noisyBlobs())
        #expect(result.combined == nil && result.histories.count == 1 && result.members.isEmpty)
        guard case .diverged = result.stoppedRun?.stopReason else { Issue.record("not diverged"); return }
    }

    @Test func anInterruptionStopsTheEnsembleUncombined() throws {
        let result = try ensemble().run(members: 3, data: try noisyBlobs(), isCancelled: { true })
        #expect(result.combined == nil && result.histories.count == 1)
        #expect(result.stoppedRun?.stopReason == .cancelled(step: 1))
    }

    @Test func combiningNeedsAValidationSplit() throws {
        let data = try noisyBlobs()
        let trainingOnly = TrainingData(inputs: data.inputs, labels: data.labels)
        #expect(throws: TrainingError.combiningNeedsValidation) { try ensemble().run(members: 2, data: trainingOnly) }
    }
}

@Suite struct SnapshotEnsembleTests {
    @Test func theRateRestartsAtTheBaseEveryCycleAndFallsAlongACosine() {
        for cycle in 0..<3 {
            #expect(SnapshotEnsemble.learningRate(atStep: cycle * 8, cycleSteps: 8, base: 0.1) == 0.1)
            let end = SnapshotEnsemble.learningRate(atStep: cycle * 8 + 7, cycleSteps: 8, base: 0.1)
            #expect(abs(end - 0.05 * (1 + cos(Double.pi * 7 / 8))) < 1e-12)
            let middle = SnapshotEnsemble.learningRate(atStep: cycle * 8 + 4, cycleSteps: 8, base: 0.1)
            #expect(abs(middle - 0.05) < 1e-12)
        }
    }

    @Test func oneSnapshotPerCycleAndTheRunFollowsTheCycles() throws {
        let data = try noisyBlobs()
        var random = RandomSource(seed: 0)
        let network = try Network(specs: wideNet, random: &random)
        let configuration = TrainingConfiguration(length: .epochs(1), batch: .samples(8), learningRate: 0.1)
        var optimizer = SGD(SGDSettings(learningRate: 0.1, momentum: 0.9))
        var streams = RandomStreams(seed: 0)
        let result = try SnapshotEnsemble(configuration: configuration, epochsPerCycle: 2)
            .run(cycles: 4, network: network, optimizer: &optimizer, streams: &streams, data: data)
        let cycleSteps = 2 * 10  // 80 training samples in batches of 8, two epochs
        #expect(result.members.count == 4 && result.histories.count == 4 && result.combined != nil)
        let rates = RunHistory.joined(result.histories, name: "all").stepLearningRates
        #expect(rates.count == 4 * cycleSteps)
        for (step, rate) in rates.enumerated() {
            #expect(abs(rate - SnapshotEnsemble.learningRate(atStep: step, cycleSteps: cycleSteps, base: 0.1)) < 1e-12)
        }
        #expect(result.histories.map { $0.epochs.last!.step } == [20, 40, 60, 80])
        #expect(result.histories[3].epochs.map(\.epoch) == [7, 8])
        #expect(optimizer.stepCount(slot: 0) == 80, "the optimizer's state carries through the restarts")
        #expect(result.combined!.loss < result.meanMember.loss)
    }
}

@Suite struct WeightAverageTests {
    @Test func theFirstUpdateCopiesAndLaterOnesFollowTheFormula() throws {
        let data = try noisyBlobs()
        var random = RandomSource(seed: 0)
        let network = try Network(specs: [.linear(inputs: 2, outputs: 3), .batchNorm(features: 3), .activation(.relu),
                                          .linear(inputs: 3, outputs: 4)], random: &random)
        let loop = try TrainingLoop(network: network, configuration: TrainingConfiguration(length: .steps(12), batch: .samples(16),
                                                                                        learningRate: 0.05), data: data)
        var average = WeightAverage(decay: 0.8)
        var optimizer = SGD(SGDSettings(learningRate: 0.05, momentum: 0.9))
        var streams = RandomStreams(seed: 0)
        var recorded: [[Float]] = []
        let flat = { (layers: [[Matrix]]) in layers.flatMap { $0.flatMap(\.storage) } }
        _ = AveragedTraining.run(loop, average: &average, optimizer: &optimizer, streams: &streams, name: "ema", onEvent: { event in
            guard case .step = event else { return }
            recorded.append(flat(network.layers.map(\.parameters)) + flat(network.layers.map(\.buffers)))
        })
        #expect(recorded.count == 12 && average.updateCount == 12)
        var expected = recorded[0].map(Double.init)
        for weights in recorded.dropFirst() {
            for index in expected.indices { expected[index] = 0.8 * expected[index] + 0.2 * Double(weights[index]) }
        }
        let actual = flat(average.parameters) + flat(average.buffers)
        for (a, e) in zip(actual, expected) { #expect(abs(Double(a) - e) < 1e-5 * max(1, abs(e))) }
        let averaged = average.averaged(network)
        #expect(flat(averaged.layers.map(\.parameters)) + flat(averaged.layers.map(\.buffers)) == actual)
        #expect(flat(network.layers.map(\.parameters)) == Array(recorded[11].prefix(flat(network.layers.map(\.parameters)).count)),
                "the trained network keeps its raw weights")
    }

    @Test func theFirstUpdateCopiesTheWeightsAndBuffers() throws {
        var random = RandomSource(seed: 0)
        let network = try Network(specs: [.linear(inputs: 2, outputs: 3), .batchNorm(features: 3)], random: &random)
        network.layers[1].buffers[0].storage = [0.5, -1, 2]
        var average = WeightAverage(decay: 0.999)
        average.update(from: network)
        #expect(average.parameters == network.layers.map(\.parameters) && average.buffers == network.layers.map(\.buffers))
    }

    @Test func decayZeroIsTheLastWeights() throws {
        var random = RandomSource(seed: 0)
        let network = try Network(specs: [.linear(inputs: 2, outputs: 2)], random: &random)
        var average = WeightAverage(decay: 0)
        average.update(from: network)
        network.layers[0].parameters[0].storage = [1, 2, 3, 4]
        average.update(from: network)
        #expect(average.parameters[0][0].storage == [1, 2, 3, 4])
    }
}

@Suite struct CombinedProgressTests {
    @Test func oneProgressCountCoversEveryMember() throws {
        var steps: [(Int, Int)] = []
        let ensemble = Ensemble(specs: wideNet, configuration: TrainingConfiguration(length: .epochs(1), batch: .samples(40)),
                                optimizer: noisySGD, seed: 0)
        _ = try ensemble.run(members: 3, data: try noisyBlobs(), onEvent: { event in
            if case let .step(index, total, _) = event { steps.append((index, total)) }
        })
        #expect(steps.map(\.0) == [1, 2, 3, 4, 5, 6] && steps.allSatisfy { $0.1 == 6 })
    }
}
