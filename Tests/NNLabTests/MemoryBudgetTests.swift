import Testing
@testable import NNLab

/// Memory is estimated before it is allocated: wide models evaluate in chunks, and a
/// training batch that cannot fit is refused with the estimate and the limit.
@Suite struct MemoryBudgetTests {
    private func wide() throws -> Network {
        var random = RandomSource(seed: 3)
        return try Network(specs: [.linear(inputs: 2, outputs: 300_000), .activation(.relu), .linear(inputs: 300_000, outputs: 3)],
                           random: &random)
    }

    @Test func floatsPerSampleCountTheInputAndEveryLayersOutput() throws {
        var random = RandomSource(seed: 1)
        let network = try Network(specs: [.linear(inputs: 4, outputs: 10), .activation(.tanh), .linear(inputs: 10, outputs: 3)],
                                  random: &random)
        #expect(network.floatsPerSample == 4 + 10 + 10 + 3)
        #expect(network.trainingBytes(batch: 8) == 8 * 3 * 4 * 27 + 5 * 4 * network.parameterCount)
        #expect(network.evaluationChunk() == 1024)
    }

    @Test func aWideModelPredictsInChunksWithTheSameScores() throws {
        let network = try wide()
        let chunk = network.evaluationChunk()
        #expect(chunk < 400 && chunk * 4 * network.floatsPerSample <= MemoryBudget.limit / 8)
        var random = RandomSource(seed: 2)
        let inputs = Matrix(rows: 1000, columns: 2, storage: (0..<2000).map { _ in Float(random.nextNormal()) })
        let whole = network.predict(inputs)
        #expect(whole.rows == 1000 && whole.columns == 3)
        for start in stride(from: 0, to: 1000, by: 100) {
            let part = network.predict(inputs.gatherRows(start..<(start + 100)))
            // The same rows through other product shapes: equal up to the kernel's rounding.
            let slice = whole.storage[(start * 3)..<((start + 100) * 3)]
            #expect(zip(slice, part.storage).allSatisfy { abs($0 - $1) <= 1e-4 * max(1, abs($1)) })
        }
    }

    @Test func aBatchOverTheBudgetIsRefusedBeforeTraining() throws {
        let network = try wide()
        let bytes = network.trainingBytes(batch: 2000)
        #expect(bytes > MemoryBudget.limit)
        #expect(throws: MemoryError.batchTooLarge(batch: 2000, bytes: bytes, limit: MemoryBudget.limit)) {
            try network.checkTrainingMemory(batch: 2000)
        }
        #expect(MemoryError.batchTooLarge(batch: 2000, bytes: bytes, limit: MemoryBudget.limit).description
            .contains("over the limit of 4 GiB; use a smaller batch="))
        try network.checkTrainingMemory(batch: 16)
    }

    @Test func sizesNeverRoundOntoTheLimit() {
        #expect(MemoryBudget.describe(4 << 30) == "4 GiB")
        #expect(MemoryBudget.describe((4 << 30) + 1) == "4.1 GiB")
        #expect(MemoryBudget.describe(512 << 20) == "512 MiB")
        #expect(MemoryBudget.describe((512 << 20) + 1) == "513 MiB")
    }
}
