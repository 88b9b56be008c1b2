import Foundation
import Testing
@testable import NNLab

/// A run whose loss becomes NaN or explodes goes back to weights that were measured
/// healthy, with the optimizer state of that point, so training can go on from them.
@Suite struct DivergenceTests {
    private func blobs() throws -> TrainingData {
        var random = RandomSource(seed: 1)
        let data = try Dataset.blobs(points: 60, classes: 3, noise: 1.5, random: &random)
        let splits = try Splits.stratified(labels: data.labels, classCount: 3, train: 0.7, validation: 0.3, test: 0, random: &random)
        let train = splits.trainingSet(of: data), val = splits.validationSet(of: data)
        return TrainingData(inputs: train.features, labels: train.labels,
                            validationInputs: val.features, validationLabels: val.labels)
    }

    private func network(seed: UInt64) throws -> Network {
        var random = RandomSource(seed: seed)
        return try Network(specs: [.linear(inputs: 2, outputs: 32), .activation(.relu), .linear(inputs: 32, outputs: 3)],
                           random: &random)
    }

    private func run(_ network: Network, _ configuration: TrainingConfiguration, optimizer: inout SGD,
                     onEvent: (TrainingEvent) -> Void = { _ in }) throws -> RunHistory {
        var streams = RandomStreams(seed: 0)
        return try TrainingLoop(network: network, configuration: configuration, data: try blobs())
            .run(optimizer: &optimizer, streams: &streams, name: "run", onEvent: onEvent)
    }

    @Test func aHugeLearningRateGoesBackToTheStartAndTrainingFromThereWorks() throws {
        let network = try network(seed: 2)
        let before = network.snapshot()
        var optimizer = SGD(SGDSettings(learningRate: 1e6, momentum: 0.9))
        let history = try run(network, TrainingConfiguration(length: .epochs(2), batch: .samples(16), learningRate: 1e6),
                              optimizer: &optimizer)
        guard case let .diverged(_, _, restoredStep) = history.stopReason else {
            Issue.record("expected divergence, got \(history.stopReason)"); return
        }
        #expect(restoredStep == 0)
        #expect(network.layers.indices.allSatisfy { network.layers[$0].parameters == before.parameters[$0] })
        #expect(history.final!.trainLoss.isFinite && history.final!.validationLoss!.isFinite)
        // The optimizer went back too: a sane run from here completes and learns.
        let next = try run(network, TrainingConfiguration(length: .epochs(20), batch: .samples(16), learningRate: 0.05),
                           optimizer: &optimizer)
        #expect(next.stopReason == .completed)
        #expect(next.final!.trainLoss < history.final!.trainLoss)
    }

    @Test func aFiniteButExplodingLossCountsAsDiverged() throws {
        let network = try network(seed: 3)
        var optimizer = SGD(SGDSettings(learningRate: 1e3))
        let history = try run(network, TrainingConfiguration(length: .steps(50), batch: .samples(16), learningRate: 1e3),
                              optimizer: &optimizer)
        guard case let .diverged(step, loss, _) = history.stopReason else {
            Issue.record("expected divergence, got \(history.stopReason)"); return
        }
        #expect(history.stepLosses[..<(step - 1)].allSatisfy { $0 <= Divergence.limit(firstLoss: history.stepLosses[0]) })
        #expect(!loss.isFinite || loss > Divergence.explosionFactor * max(history.stepLosses[0], 1))
    }

    @Test func aLateDivergenceGoesBackToTheLastHealthyValidationPoint() throws {
        let network = try network(seed: 4)
        var optimizer = SGD(SGDSettings(learningRate: 0.05))
        // Three healthy epochs at 0.05, then the schedule multiplies the rate by a million.
        let configuration = TrainingConfiguration(length: .epochs(6), batch: .samples(16),
                                                  schedule: .multistep(at: [3], factor: 1e6), learningRate: 0.05)
        var snapshots: [Int: WeightSnapshot] = [:]
        var stepOfEpoch: [Int: Int] = [:]
        let history = try run(network, configuration, optimizer: &optimizer, onEvent: { event in
            if case let .epoch(record) = event {
                snapshots[record.step] = network.snapshot()
                stepOfEpoch[record.epoch] = record.step
            }
        })
        guard case let .diverged(step, _, restoredStep) = history.stopReason else {
            Issue.record("expected divergence, got \(history.stopReason)"); return
        }
        // The rate jumps after epoch 3, so the end of epoch 3 is the last healthy point.
        #expect(restoredStep == stepOfEpoch[3])
        #expect(step > restoredStep)
        let kept = try #require(snapshots[restoredStep])
        #expect(network.layers.indices.allSatisfy { network.layers[$0].parameters == kept.parameters[$0] })
        #expect(history.final!.trainLoss.isFinite)
    }

    @Test func theLimitIsAThousandTimesTheFirstLossOrOne() {
        #expect(Divergence.limit(firstLoss: 2.3) == 2300)
        #expect(Divergence.limit(firstLoss: 0.01) == 1000)
        #expect(Divergence.limit(firstLoss: .nan) == .infinity)
        #expect(!Divergence.isHealthy(.nan, limit: .infinity))
        #expect(!Divergence.isHealthy(2301, limit: 2300))
    }
}
