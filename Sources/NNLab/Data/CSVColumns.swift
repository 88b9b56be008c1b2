/// The columns of a CSV as they are read: features as floats, labels and splits as text.
struct CSVColumns {
    /// Which column is what.
    let layout: CSVLayout
    /// Whether rows with a missing value are left out rather than refused.
    let dropsMissing: Bool
    /// The features, row after row.
    private(set) var features: [Float] = []
    /// The label cell of each row.
    private(set) var labelTexts: [String] = []
    /// The split cell of each row, when there is a split column.
    private(set) var splitTexts: [String] = []
    /// The line each row came from.
    private(set) var lines: [Int] = []
    /// The first line left out for a missing value.
    private(set) var firstDroppedLine: Int?
    /// Rows left out for a missing value.
    private(set) var droppedRows = 0

    /// A table with no rows yet.
    init(layout: CSVLayout, missing: CSVOptions.MissingValues) {
        self.layout = layout
        self.dropsMissing = missing == .drop
    }

    /// Rows kept so far.
    var rowCount: Int { lines.count }

    /// Adds one row, recording its bad cells in `problems`; a row with a missing value is
    /// left out when `dropsMissing`.
    mutating func append(_ fields: [CSVField], line: Int, scanner: CSVScanner,
                         problems: inout CSVProblems) throws(DataError) {
        let start = features.count
        var isMissing = false
        for index in layout.featureIndices {
            if let value = scanner.number(of: fields[index]) {
                features.append(value)
                continue
            }
            features.append(0)
            let cell = CSVProblems.Cell(line: line, column: index + 1, text: scanner.text(of: fields[index]))
            if CSVProblems.isMissing(cell.text) { problems.missing(cell); isMissing = true } else { problems.nonNumeric(cell) }
        }
        let label = scanner.text(of: fields[layout.labelIndex])
        if label.isEmpty {
            problems.missing(CSVProblems.Cell(line: line, column: layout.labelIndex + 1, text: label))
            isMissing = true
        }
        if isMissing {
            problems.rowsWithMissing += 1
            if dropsMissing {
                features.removeSubrange(start...)
                if firstDroppedLine == nil { firstDroppedLine = line }
                droppedRows += 1
                return
            }
        }
        labelTexts.append(label)
        if let splitIndex = layout.splitIndex { splitTexts.append(scanner.text(of: fields[splitIndex])) }
        lines.append(line)
        if lines.count % 4096 == 0 {
            try DataLimits.check(samples: lines.count, features: layout.featureIndices.count, what: "the CSV data")
        }
    }

    /// The finished data set and splits, with notes on what was left out.
    func loadedData(name: String, path: String, order: CSVOptions.LabelOrder) throws(DataError) -> LoadedData {
        var notes: [DataNote] = []
        if let line = firstDroppedLine {
            notes.append(.rowsDropped(rows: droppedRows, firstLine: line, remaining: rowCount))
        }
        var matrix = Matrix(rows: rowCount, columns: layout.featureIndices.count, storage: features)
        var featureNames = layout.featureNames
        if let column = layout.indexColumn, let names = layout.names {
            notes.append(.indexColumnLeftOut(column: column + 1, name: names[column]))
        }
        if let column = layout.indexCandidate, let range = CSVRowIndex.range(ofColumn: 0, in: matrix) {
            matrix = CSVRowIndex.removingFirstColumn(of: matrix)
            featureNames?.removeFirst()
            notes.append(.rowIndexLeftOut(column: column + 1, first: range.lowerBound, last: range.upperBound))
        }
        let encoding = LabelEncoding(texts: labelTexts, order: order)
        if let names = encoding.classNames { notes.append(.labelsBecameClasses(names: names)) }
        let dataset = try Dataset(name: name, summary: "\(name): \(rowCount) samples, \(matrix.columns) features",
                                  features: matrix, labels: encoding.labels, classCount: encoding.classCount,
                                  imageShape: CSVLayout.imageShape(of: featureNames), classNames: encoding.classNames,
                                  featureNames: featureNames, labelName: layout.names?[layout.labelIndex])
        return LoadedData(dataset: dataset, splits: try splits(path: path), notes: notes)
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
