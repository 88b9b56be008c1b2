import Testing
@testable import NNLab

@Suite struct ThreadPolicyTests {
    @Test func automaticThreadsOnlyLargeProducts() {
        let policy = ThreadPolicy.automatic
        #expect(policy.threads(multiplyAdds: 64 * 64 * 128) == 1)
        #expect(policy.threads(multiplyAdds: ThreadPolicy.threadedMultiplyAdds - 1) == 1)
        #expect(policy.threads(multiplyAdds: ThreadPolicy.threadedMultiplyAdds) == ThreadPolicy.cores)
        #expect(policy.threads(multiplyAdds: 128 * 784 * 512) == ThreadPolicy.cores)
    }

    @Test func aFixedCountHoldsForEveryProduct() {
        #expect(ThreadPolicy.fixed(3).threads(multiplyAdds: 10) == 3)
        #expect(ThreadPolicy.fixed(1).threads(multiplyAdds: 1_000_000_000) == 1)
    }

    @Test(arguments: [("auto", ThreadPolicy.automatic), ("1", .fixed(1)), ("16", .fixed(16))])
    func theEnvironmentTakesAutoOrACount(_ text: String, _ policy: ThreadPolicy) {
        #expect(ThreadPolicy(parsing: text) == policy)
    }

    @Test(arguments: ["0", "-2", "two", "", "1.5", "257"])
    func otherEnvironmentValuesAreRefused(_ text: String) {
        #expect(ThreadPolicy(parsing: text) == nil)
    }

    @Test func aProductSetsTheThreadsItsPolicyGives() {
        var random = RandomSource(seed: 1)
        let a = Matrix(rows: 160, columns: 160, storage: (0..<25_600).map { _ in Float(random.nextUniform()) })
        ThreadPolicy.$current.withValue(.fixed(1)) {
            _ = a.matmul(a)
            #expect(BLASThreads.current == 1)
        }
    }

    @Test func twoThreadsComputeTheSameProductUpToRounding() {
        // Some kernels (Haswell) split the sums between threads, so the last bits may differ.
        var random = RandomSource(seed: 2)
        let a = Matrix(rows: 128, columns: 300, storage: (0..<38_400).map { _ in Float(random.nextUniform() - 0.5) })
        let b = Matrix(rows: 300, columns: 200, storage: (0..<60_000).map { _ in Float(random.nextUniform() - 0.5) })
        let one = ThreadPolicy.$current.withValue(.fixed(1)) { a.matmul(b) }
        let two = ThreadPolicy.$current.withValue(.fixed(2)) { a.matmul(b) }
        let worst = zip(one.storage, two.storage).map { abs($0 - $1) }.max() ?? .infinity
        #expect(worst < 1e-4, "largest difference \(worst)")
        #expect(one.storage.contains { $0 != 0 })
    }
}
