import Testing
@testable import NNLab

/// `train hard=`: which samples each batch holds, with and without the pool of hardest samples.
@Suite struct HardSampleMiningTests {
    private func blobs(points: Int = 14) throws -> TrainingData {
        var random = RandomSource(seed: 1)
        let data = try Dataset.blobs(points: points, classes: 3, noise: 1.5, random: &random)
        return TrainingData(inputs: data.features, labels: data.labels)
    }

    private func network(seed: UInt64 = 2) throws -> Network {
        var random = RandomSource(seed: seed)
        return try Network(specs: [.linear(inputs: 2, outputs: 16), .activation(.relu), .linear(inputs: 16, outputs: 3)],
                           random: &random)
    }

    @Test func withoutMiningTheBatchesAreTheShuffledPassesTrainingAlwaysDrew() {
        // The order before mining existed: a shuffle at the start of each pass, then slices.
        var reference = RandomSource(seed: 7), random = RandomSource(seed: 7)
        var order = Array(0..<23), expected: [[Int]] = []
        for _ in 0..<3 {
            reference.shuffle(&order)
            for start in stride(from: 0, to: 23, by: 5) { expected.append(Array(order[start..<min(start + 5, 23)])) }
        }
        var sampler = BatchSampler(sampleCount: 23, batchSize: 5, mining: nil)
        var batches: [[Int]] = [], batch: [Int] = []
        for step in 0..<15 {
            sampler.nextBatch(size: step % 5 == 4 ? 3 : 5, into: &batch, random: &random)
            batches.append(batch)
        }
        #expect(batches == expected)
        #expect(random == reference)
    }

    @Test func halfOfEachBatchComesFromThePoolAndTheRestKeepTheirRegularTurns() {
        let mining = HardSampleMining(fraction: 0.5)
        var sampler = BatchSampler(sampleCount: 100, batchSize: 10, mining: mining)
        var random = RandomSource(seed: 3)
        let pool = Array(90..<100)
        var regular: [Int] = [], batch: [Int] = []
        for epoch in 0..<2 {
            sampler.refreshPool(pool, random: &random)
            var drawn = [Int: Int]()
            for _ in 0..<10 {
                sampler.nextBatch(size: 10, into: &batch, random: &random)
                #expect(batch.count == 10)
                #expect(batch.suffix(5).allSatisfy(pool.contains), "epoch \(epoch): \(batch)")
                #expect(Set(batch.suffix(5)).count == 5, "no pool sample twice in a batch: \(batch)")
                for index in batch.suffix(5) { drawn[index, default: 0] += 1 }
                regular += batch.prefix(5)
            }
            // 50 pool slots an epoch cycle through the 10 pool samples: 5 turns each.
            #expect(drawn == Dictionary(uniqueKeysWithValues: pool.map { ($0, 5) }))
        }
        // 20 steps of 5 regular slots are one full shuffled pass over the split.
        #expect(regular.sorted() == Array(0..<100))
        #expect(regular != Array(0..<100))
    }

    @Test func hardSlotsAreTheRoundedShareLeavingOneRegularSlot() {
        #expect(HardSampleMining(fraction: 0.2).hardSlots(inBatchOf: 32) == 6)
        #expect(HardSampleMining(fraction: 0.5).hardSlots(inBatchOf: 7) == 4)
        #expect(HardSampleMining(fraction: 0.9).hardSlots(inBatchOf: 4) == 3)
        #expect(HardSampleMining(fraction: 0.9).hardSlots(inBatchOf: 1) == 0)
        #expect(HardSampleMining.poolSize(samples: 200) == 20)
        #expect(HardSampleMining.poolSize(samples: 201) == 21)
        #expect(HardSampleMining.poolSize(samples: 3) == 1)
    }

    @Test func theRunsFirstBatchTakesItsHardSlotsFromTheHighestLossSamples() throws {
        let data = try blobs()
        let network = try network()
        let hardest = network.hardestSamples(inputs: data.inputs, labels: data.labels, loss: LossFunction(), count: 5)
        let loop = try TrainingLoop(network: network, configuration: TrainingConfiguration(length: .epochs(1), batch: .samples(10),
                                                                                          hardFraction: 0.5), data: data)
        #expect(loop.hardPoolSize == 5 && loop.hardSlotsPerBatch == 5)
        var state = RunState(loop: loop, streams: RandomStreams(seed: 0))
        state.gatherBatch()
        #expect(Set(state.batchIndices.suffix(5)) == Set(hardest.map(\.index)))
        #expect(state.batchLabels == state.batchIndices.map { data.labels[$0] })
        #expect(state.batchInputs == data.inputs.gatherRows(state.batchIndices))
        // 42 samples in batches of 10: the fifth batch has 2, one of them hard.
        for step in 1..<5 {
            state.step = step
            state.gatherBatch()
        }
        #expect(state.batchIndices.count == 2)
        #expect(hardest.map(\.index).contains(state.batchIndices[1]))
    }

    @Test func hardZeroIsTheRunWithoutTheOptionAndMiningIsSeeded() throws {
        func run(_ hard: Double?, streamSeed: UInt64 = 0) throws -> [Double] {
            let configuration = hard.map { TrainingConfiguration(length: .epochs(6), batch: .samples(8), learningRate: 0.05, hardFraction: $0) }
                ?? TrainingConfiguration(length: .epochs(6), batch: .samples(8), learningRate: 0.05)
            let loop = try TrainingLoop(network: try network(), configuration: configuration, data: try blobs())
            var optimizer = Adam(AdamSettings(learningRate: 0.05))
            var streams = RandomStreams(seed: streamSeed)
            return loop.run(optimizer: &optimizer, streams: &streams, name: "r").stepLosses
        }
        #expect(try run(0) == run(nil))
        #expect(try run(0.3) == run(0.3))
        #expect(try run(0.3) != run(0))
        #expect(try run(0.3) != run(0.3, streamSeed: 1))
    }

    @Test(arguments: [(1.0, 16), (-0.1, 16), (0.01, 16), (0.3, 1)])
    func outOfRangeOrRoundedAwayFractionsAreRefused(fraction: Double, batch: Int) throws {
        let configuration = TrainingConfiguration(length: .epochs(1), batch: .samples(batch), hardFraction: fraction)
        let expected: TrainingError = fraction < 0 || fraction >= 1
            ? .hardFractionOutOfRange(fraction) : .noHardSlots(fraction: fraction, batch: batch)
        let data = try blobs(), network = try network()
        #expect(throws: expected) { try TrainingLoop(network: network, configuration: configuration, data: data) }
        #expect(expected.description.hasPrefix("hard=\(fraction == 1 ? "1" : "\(fraction)") "), "\(expected)")
        if fraction == 0.01 { #expect(expected.description.contains("use hard=0.032 or more"), "\(expected)") }
        if batch == 1 { #expect(expected.description.contains("needs batches of at least 2 samples"), "\(expected)") }
    }
}
