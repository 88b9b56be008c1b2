/// Which column of a CSV is what: the label, an optional split column, the features.
struct CSVLayout {
    /// Column names from the header, or nil when the file has none.
    let names: [String]?
    /// Index of the label column.
    let labelIndex: Int
    /// Index of the split column, if recognized.
    let splitIndex: Int?
    /// Indices of the feature columns, in file order.
    let featureIndices: [Int]

    /// Works out the layout from the first row's texts.
    init(firstRow: [String], hasHeader: Bool, options: CSVOptions, path: String) throws(DataError) {
        let count = firstRow.count
        guard count >= 2 else {
            throw .invalidOption(name: "csv", value: "\(path) with \(count) column",
                                 expected: "at least two columns: features and a label")
        }
        let names = hasHeader ? firstRow : nil
        var splitIndex: Int? = nil
        if let names, let wanted = options.splitColumn {
            splitIndex = names.firstIndex { $0.lowercased() == wanted.lowercased() }
        }
        let available = names ?? (0..<count).map { "#\($0)" }
        let candidates = (0..<count).filter { $0 != splitIndex }
        let labelIndex = try Self.labelIndex(options.label, names: names, candidates: candidates,
                                             available: available, path: path)
        if labelIndex == splitIndex { splitIndex = nil }
        let features = (0..<count).filter { $0 != labelIndex && $0 != splitIndex }
        guard !features.isEmpty else {
            throw .missingLabelColumn(path: path, label: "a label beside at least one feature column", available: available)
        }
        guard features.count <= DataLimits.maxFeatures else {
            throw .tooLarge(what: "\(features.count) columns", bytes: Int.max, limit: DataLimits.maxBytes)
        }
        self.names = names
        self.labelIndex = labelIndex
        self.splitIndex = splitIndex
        self.featureIndices = features
    }

    /// The index of the label column; `candidates` are the columns other than a split column.
    private static func labelIndex(_ label: CSVOptions.LabelColumn, names: [String]?, candidates: [Int],
                                   available: [String], path: String) throws(DataError) -> Int {
        let count = available.count
        switch label {
        case .last:
            return candidates.last ?? count - 1
        case .first:
            return candidates.first ?? 0
        case .index(let i):
            let resolved = i < 0 ? count + i : i
            guard resolved >= 0, resolved < count else {
                throw .missingLabelColumn(path: path, label: "index \(i) (columns count from 0 to \(count - 1))",
                                          available: available)
            }
            return resolved
        case .name(let wanted):
            let found = names?.firstIndex(of: wanted) ?? names?.firstIndex { $0.lowercased() == wanted.lowercased() }
            guard let found else {
                throw .missingLabelColumn(path: path, label: wanted + (names == nil ? " (the file has no header)" : ""),
                                          available: available)
            }
            return found
        }
    }

    /// The image shape the writer's `px{row}_{col}` feature names describe, if they do.
    var imageShape: ImageShape? {
        guard let names else { return nil }
        let featureNames = featureIndices.map { names[$0] }
        guard let last = featureNames.last, last.hasPrefix("px") else { return nil }
        let parts = last.dropFirst(2).split(separator: "_")
        guard parts.count == 2, let h = Int(parts[0]).map({ $0 + 1 }), let w = Int(parts[1]).map({ $0 + 1 }),
              h * w == featureNames.count else { return nil }
        for (k, name) in featureNames.enumerated() where name != "px\(k / w)_\(k % w)" { return nil }
        return ImageShape(height: h, width: w)
    }
}
