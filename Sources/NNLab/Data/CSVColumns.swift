/// The columns of a CSV as they are read: features as floats, labels and splits as text.
struct CSVColumns {
    /// Which column is what.
    let layout: CSVLayout
    /// The features, row after row.
    private(set) var features: [Float] = []
    /// The label cell of each row.
    private(set) var labelTexts: [String] = []
    /// The split cell of each row, when there is a split column.
    private(set) var splitTexts: [String] = []
    /// The line each row came from.
    private(set) var lines: [Int] = []

    /// A table with no rows yet.
    init(layout: CSVLayout) {
        self.layout = layout
    }

    /// Rows read so far.
    var rowCount: Int { lines.count }

    /// Adds one row; calls `bad` with the (0-based) column and text of each non-numeric feature cell.
    mutating func append(_ fields: [CSVField], line: Int, scanner: CSVScanner, path: String,
                         bad: (Int, String) -> Void) throws(DataError) {
        for index in layout.featureIndices {
            if let value = scanner.number(of: fields[index]) {
                features.append(value)
            } else {
                features.append(0)
                bad(index, scanner.text(of: fields[index]))
            }
        }
        let label = scanner.text(of: fields[layout.labelIndex])
        guard !label.isEmpty else { throw .missingLabel(path: path, line: line, column: layout.labelIndex + 1) }
        labelTexts.append(label)
        if let splitIndex = layout.splitIndex { splitTexts.append(scanner.text(of: fields[splitIndex])) }
        lines.append(line)
        if lines.count % 4096 == 0 {
            try DataLimits.check(samples: lines.count, features: layout.featureIndices.count, what: "the CSV data")
        }
    }

    /// The finished data set and splits.
    func loadedData(name: String, path: String, order: CSVOptions.LabelOrder) throws(DataError) -> LoadedData {
        let encoding = LabelEncoding(texts: labelTexts, order: order)
        let matrix = Matrix(rows: rowCount, columns: layout.featureIndices.count, storage: features)
        let dataset = try Dataset(name: name, summary: "\(name): \(rowCount) samples, \(matrix.columns) features",
                                  features: matrix, labels: encoding.labels, classCount: encoding.classCount,
                                  imageShape: layout.imageShape, classNames: encoding.classNames)
        return LoadedData(dataset: dataset, splits: try splits(path: path))
    }

    /// The splits the split column assigns, or nil without one.
    private func splits(path: String) throws(DataError) -> Splits? {
        guard let splitIndex = layout.splitIndex else { return nil }
        var train: [Int] = [], validation: [Int] = [], test: [Int] = []
        for (row, text) in splitTexts.enumerated() {
            switch text.lowercased() {
            case "train": train.append(row)
            case "val", "validation": validation.append(row)
            case "test": test.append(row)
            case "none", "": break
            default: throw .badSplitName(path: path, line: lines[row], column: splitIndex + 1, text: text)
            }
        }
        return Splits(train: train, validation: validation, test: test)
    }
}
