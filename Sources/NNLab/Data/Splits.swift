/// Which samples train, which validate and which test: index lists into a `Dataset`.
///
/// Made stratified and shuffled by `stratified(...)`, or read back from a CSV's
/// `split` column. The test split remembers whether anyone has looked at it
/// (`isTestTouched`), so the language can warn about tuning on the test set.
public struct Splits: Equatable, Sendable {
    /// Indices of the training samples.
    public private(set) var train: [Int]
    /// Indices of the validation samples (may be empty).
    public private(set) var validation: [Int]
    /// Indices of the test samples (may be empty); reading them through
    /// `testSet(of:)` marks the split touched.
    public private(set) var test: [Int]
    /// Whether the test samples have been used (by `testSet(of:)` or `markTestTouched()`).
    public private(set) var isTestTouched = false

    /// Splits from explicit index lists (untouched).
    public init(train: [Int], validation: [Int], test: [Int]) {
        self.train = train
        self.validation = validation
        self.test = test
    }

    /// Shuffles each class and deals it out by the fractions, so every split keeps the
    /// class proportions. Per class with n samples: test gets round(n·test), validation
    /// round(n·validation), training the rest when the fractions sum to 1, else
    /// round(n·train) (samples beyond the sum are left out). Lists come shuffled.
    public static func stratified(labels: [Int], classCount: Int, train: Double = 0.8, validation: Double = 0.1,
                                  test: Double = 0.1, random: inout RandomSource) throws(DataError) -> Splits {
        let fractions = [train, validation, test]
        let sum = train + validation + test
        guard fractions.allSatisfy({ $0.isFinite && $0 >= 0 }), train > 0, sum <= 1 + 1e-9 else {
            throw .invalidFractions(train: train, validation: validation, test: test)
        }
        guard classCount >= 1 else {
            throw .invalidOption(name: "classes", value: "\(classCount)", expected: "at least 1")
        }
        if let bad = labels.first(where: { $0 < 0 || $0 >= classCount }) {
            throw .invalidOption(name: "label", value: "\(bad)", expected: "a class in 0..<\(classCount)")
        }
        var byClass = [[Int]](repeating: [], count: classCount)
        for (index, label) in labels.enumerated() { byClass[label].append(index) }
        var result = Splits(train: [], validation: [], test: [])
        for var members in byClass where !members.isEmpty {
            random.shuffle(&members)
            let n = Double(members.count)
            let testCount = Int((n * test).rounded())
            let validationCount = min(Int((n * validation).rounded()), members.count - testCount)
            let rest = members.count - testCount - validationCount
            let trainCount = sum >= 1 - 1e-9 ? rest : min(Int((n * train).rounded()), rest)
            result.test += members[0..<testCount]
            result.validation += members[testCount..<(testCount + validationCount)]
            result.train += members[(testCount + validationCount)..<(testCount + validationCount + trainCount)]
        }
        guard !result.train.isEmpty else { throw .invalidFractions(train: train, validation: validation, test: test) }
        random.shuffle(&result.train)
        random.shuffle(&result.validation)
        random.shuffle(&result.test)
        return result
    }

    /// `testRows` as the test split (a data set's official test files), the other samples
    /// split stratified into `train` and `validation` fractions of them.
    public static func fixedTest(_ testRows: Range<Int>, labels: [Int], classCount: Int, train: Double = 0.9,
                                 validation: Double = 0.1, random: inout RandomSource) throws(DataError) -> Splits {
        let others = labels.indices.filter { !testRows.contains($0) }
        let split = try stratified(labels: others.map { labels[$0] }, classCount: classCount, train: train,
                                   validation: validation, test: 0, random: &random)
        return Splits(train: split.train.map { others[$0] }, validation: split.validation.map { others[$0] },
                      test: Array(testRows))
    }

    /// Every sample in training, nothing held out.
    public static func allTraining(count: Int) -> Splits {
        Splits(train: Array(0..<count), validation: [], test: [])
    }

    /// The training samples as a data set.
    public func trainingSet(of dataset: Dataset) -> Dataset { dataset.subset(train) }

    /// The validation samples as a data set.
    public func validationSet(of dataset: Dataset) -> Dataset { dataset.subset(validation) }

    /// The test samples as a data set; marks the test split touched.
    public mutating func testSet(of dataset: Dataset) -> Dataset {
        isTestTouched = true
        return dataset.subset(test)
    }

    /// Records that the test split has been used.
    public mutating func markTestTouched() { isTestTouched = true }

    /// The split name of each sample ("train", "val", "test", or nil when left out).
    public func names(sampleCount: Int) -> [String?] {
        var names = [String?](repeating: nil, count: sampleCount)
        for i in train { names[i] = "train" }
        for i in validation { names[i] = "val" }
        for i in test { names[i] = "test" }
        return names
    }
}
