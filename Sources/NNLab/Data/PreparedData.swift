/// The three splits as training sees them: preprocessing fitted on the training split
/// and applied to all three.
///
/// Rebuild it whenever the data, the split or the preprocessing changes, so a new split
/// after `preprocess` leaks nothing. Building it does not mark the test split touched;
/// whoever evaluates on `test` calls `Splits.markTestTouched()`.
public struct PreparedData: Equatable, Sendable {
    /// The fitted statistics.
    public let preprocessing: Preprocessing
    /// The training samples, preprocessed.
    public let train: Dataset
    /// The validation samples, preprocessed (may have no samples).
    public let validation: Dataset
    /// The test samples, preprocessed (may have no samples).
    public let test: Dataset

    /// Fits `method` on the training samples of `dataset` and applies it to every split.
    public init(dataset: Dataset, splits: Splits, method: PreprocessingMethod = .none) throws(DataError) {
        let preprocessing = try Preprocessing.fit(method, to: dataset, splits: splits)
        self.preprocessing = preprocessing
        train = try preprocessing.apply(to: dataset.subset(splits.train))
        validation = try preprocessing.apply(to: dataset.subset(splits.validation))
        test = try preprocessing.apply(to: dataset.subset(splits.test))
    }
}
