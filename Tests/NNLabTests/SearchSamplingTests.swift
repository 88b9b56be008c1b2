import Elementary
import Testing
@testable import NNLab

/// Random search's draws and the edge check, and the parallel runner's guarantees.
@Suite struct SearchSamplingTests {
    @Test func logUniformDrawsAreUniformInTheExponentAndStayInRange() {
        var source = RandomSource(seed: 7)
        let draws = (0..<4000).map { _ in SearchSampling.logUniform(1e-4, 1e-1, using: &source) }
        #expect(draws.allSatisfy { (1e-4...1e-1).contains($0) })
        let exponents = draws.map { Math.log10($0) }
        let mean = exponents.reduce(0, +) / Double(exponents.count)
        #expect(abs(mean - (-2.5)) < 0.05, "mean exponent \(mean)")
        let belowGeometricMiddle = Double(draws.count { $0 < Math.pow(10, -2.5) }) / Double(draws.count)
        #expect(abs(belowGeometricMiddle - 0.5) < 0.03, "\(belowGeometricMiddle)")
        let eachDecade = (-4 ..< -1).map { low in draws.count { Math.log10($0) >= Double(low) && Math.log10($0) < Double(low + 1) } }
        #expect(eachDecade.allSatisfy { abs($0 - 4000 / 3) < 120 }, "\(eachDecade)")
    }

    @Test func drawsKeepThreeSignificantDigits() {
        #expect(SearchSampling.rounded(0.0123456) == 0.0123)
        #expect(SearchSampling.rounded(123_456) == 123_000)
        #expect(SearchSampling.rounded(-0.98765) == -0.988)
        #expect(SearchSampling.rounded(0) == 0)
        var source = RandomSource(seed: 1)
        for _ in 0..<200 {
            let draw = SearchSampling.uniform(0.1, 0.9, using: &source)
            #expect(SearchSampling.rounded(draw) == draw && (0.1...0.9).contains(draw))
        }
    }

    @Test func eachTrialHasItsOwnRepeatableGenerator() {
        var first = SearchSampling.trialSource(searchSeed: 42, trial: 3)
        var again = SearchSampling.trialSource(searchSeed: 42, trial: 3)
        var other = SearchSampling.trialSource(searchSeed: 42, trial: 4)
        var otherSeed = SearchSampling.trialSource(searchSeed: 43, trial: 3)
        let a = first.next()
        #expect(a == again.next())
        #expect(a != other.next())
        #expect(a != otherSeed.next())
    }

    @Test func theEdgeIsTheOuterTenthOfTheRange() {
        #expect(SearchSampling.isNearEdge(1.5e-4, lower: 1e-4, upper: 1e-1, logarithmic: true))
        #expect(SearchSampling.isNearEdge(0.09, lower: 1e-4, upper: 1e-1, logarithmic: true))
        #expect(!SearchSampling.isNearEdge(3e-3, lower: 1e-4, upper: 1e-1, logarithmic: true))
        #expect(!SearchSampling.isNearEdge(5e-4, lower: 0, upper: 1e-3, logarithmic: false))
        #expect(SearchSampling.isNearEdge(0.95e-3, lower: 0, upper: 1e-3, logarithmic: false))
    }

    @Test func parallelResultsComeInOrderAndDoNotDependOnTheWorkers() {
        let work = { (index: Int) -> [Float] in
            var a = Matrix(rows: 40, columns: 40), b = Matrix(rows: 40, columns: 40)
            var source = RandomSource(seed: UInt64(index))
            for i in 0..<1600 { a.storage[i] = Float(source.nextUniform()); b.storage[i] = Float(source.nextUniform()) }
            return a.matmul(b).storage
        }
        let one = ParallelTrials.map(count: 9, workers: 1, work)
        let two = ParallelTrials.map(count: 9, workers: 2, work)
        #expect(one.compactMap { $0 }.count == 9)
        #expect(one == two)
        #expect(one[4] == work(4))
    }

    @Test func workersMultiplyOnOneThreadAndTheCallerKeepsItsPolicy() {
        let outside = ThreadPolicy.current
        let policies = ParallelTrials.map(count: 6, workers: 2) { _ in ThreadPolicy.current }
        #expect(policies == Array(repeating: .fixed(1), count: 6))
        #expect(ThreadPolicy.current == outside)
    }

    @Test func cancellingStopsNewPiecesAndCountsWhatFinished() {
        var finished: [Int] = []
        var started = 0
        let results = ParallelTrials.map(count: 10, workers: 1, isCancelled: { started >= 3 },
                                         onFinished: { done, _ in finished.append(done) }) { index -> Int in
            started += 1
            return index * index
        }
        #expect(results.prefix(3).map { $0 } == [0, 1, 4])
        #expect(results.dropFirst(3).allSatisfy { $0 == nil })
        #expect(finished == [1, 2, 3])
    }
}
