import NNLab

/// `data idx IMAGES LABELS`, and with `test=[TEST_IMAGES, TEST_LABELS]` the official test
/// files as the test split (validation is then split off the training files).
enum IDXLoading {
    /// The share of the training files `data idx ... test=` holds out for validation.
    static let validationShare = 0.1

    /// The data set, and the rows of the official test files when given.
    static func load(_ command: CheckedCommand) throws(CommandFailure) -> (dataset: Dataset, testRows: Range<Int>?) {
        let images = command.word(1) ?? "", labels = command.word(2) ?? ""
        do {
            guard let testFiles = command.value("test")?.list?.compactMap(\.text), testFiles.count == 2 else {
                return (try Dataset.readIDX(imagesPath: images, labelsPath: labels), nil)
            }
            let (dataset, testRows) = try Dataset.readIDX(imagesPath: images, labelsPath: labels,
                                                          testImagesPath: testFiles[0], testLabelsPath: testFiles[1])
            return (dataset, testRows)
        } catch { throw CommandFailure(error) }
    }

    /// The official test rows as the test split, training and validation from the other rows.
    static func splits(testRows: Range<Int>, of dataset: Dataset, train: Double? = nil, validation: Double = validationShare,
                       random: inout RandomSource) throws(CommandFailure) -> Splits {
        do {
            return try Splits.fixedTest(testRows, labels: dataset.labels, classCount: dataset.classCount,
                                        train: train ?? 1 - validation, validation: validation, random: &random)
        } catch { throw CommandFailure(error) }
    }
}
