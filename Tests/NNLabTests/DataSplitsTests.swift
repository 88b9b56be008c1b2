import Testing
@testable import NNLab

@Suite struct DataSplitsTests {
    static let labels = (0..<3).flatMap { [Int](repeating: $0, count: 100) } + [Int](repeating: 3, count: 40)

    @Test func stratifiedExactCountsPerClass() throws {
        var random = RandomSource(seed: 1)
        let splits = try Splits.stratified(labels: Self.labels, classCount: 4, train: 0.8, validation: 0.1, test: 0.1,
                                           random: &random)
        func counts(_ indices: [Int]) -> [Int] { (0..<4).map { c in indices.filter { Self.labels[$0] == c }.count } }
        #expect(counts(splits.train) == [80, 80, 80, 32])
        #expect(counts(splits.validation) == [10, 10, 10, 4])
        #expect(counts(splits.test) == [10, 10, 10, 4])
        let all = splits.train + splits.validation + splits.test
        #expect(all.count == Self.labels.count && Set(all).count == Self.labels.count)
        #expect(splits.train != splits.train.sorted(), "training order is shuffled")
        #expect(!splits.isTestTouched)
    }

    @Test func zeroValidationAndTestAllowed() throws {
        var random = RandomSource(seed: 2)
        let splits = try Splits.stratified(labels: Self.labels, classCount: 4, train: 1, validation: 0, test: 0, random: &random)
        #expect(splits.train.count == Self.labels.count && splits.validation.isEmpty && splits.test.isEmpty)
    }

    @Test func fractionsBelowOneLeaveSamplesOut() throws {
        var random = RandomSource(seed: 3)
        let splits = try Splits.stratified(labels: Self.labels, classCount: 4, train: 0.5, validation: 0.1, test: 0.1,
                                           random: &random)
        #expect(splits.train.count == 170 && splits.validation.count == 34 && splits.test.count == 34)
    }

    @Test func labelsOutsideTheClassesAreRefused() {
        var random = RandomSource(seed: 7)
        #expect(throws: DataError.self) { try Splits.stratified(labels: [0, 1, 5], classCount: 2, random: &random) }
    }

    @Test(arguments: [(0.8, 0.2, 0.1), (1.2, 0, 0), (0.9, -0.1, 0.1), (0, 0.5, 0.5), (Double.nan, 0, 0)])
    func badFractionsRefused(train: Double, validation: Double, test: Double) {
        var random = RandomSource(seed: 4)
        #expect(throws: DataError.self) {
            try Splits.stratified(labels: Self.labels, classCount: 4, train: train, validation: validation, test: test,
                                  random: &random)
        }
    }

    @Test func sameSeedSameSplitAndMaterializedSets() throws {
        var a = RandomSource(seed: 5), b = RandomSource(seed: 5)
        let first = try Splits.stratified(labels: Self.labels, classCount: 4, random: &a)
        var second = try Splits.stratified(labels: Self.labels, classCount: 4, random: &b)
        #expect(first == second)
        var random = RandomSource(seed: 6)
        let data = try Dataset.blobs(points: 85, classes: 4, random: &random)
        let training = second.trainingSet(of: data)
        #expect(training.sampleCount == second.train.count)
        #expect(training.features.row(0) == data.features.row(second.train[0]))
        #expect(!second.isTestTouched)
        _ = second.testSet(of: data)
        #expect(second.isTestTouched)
    }
}
