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
    /// The column `index=NAME` names, left out of the features.
    let indexColumn: Int?
    /// With `index=auto`: the first column when it has no name; it is read as a feature and
    /// left out afterwards if its values turn out to be a row index.
    let indexCandidate: Int?

    /// Works out the layout from the first row's texts.
    init(firstRow: [String], hasHeader: Bool, options: CSVOptions, path: String) throws(DataError) {
        let count = firstRow.count
        guard count >= 2 else {
            throw .invalidOption(name: "csv", value: "\(path) with \(count) column",
                                 expected: "at least two columns: features and a label; if another character "
                                    + "separates the columns, give it with delimiter= (auto finds , ; and tab)")
        }
        let names = hasHeader ? firstRow : nil
        let available = names ?? (0..<count).map { "#\($0)" }
        var splitIndex: Int? = nil
        if let names, let wanted = options.splitColumn {
            splitIndex = names.firstIndex { $0.lowercased() == wanted.lowercased() }
        }
        let indexColumn = try Self.indexColumn(options.index, names: names, available: available, path: path)
        let unnamedFirst = options.index == .auto && count >= 3 && names.map { Self.isUnnamed($0[0]) } == true ? 0 : nil
        let reserved = [splitIndex, indexColumn, unnamedFirst].compactMap { $0 }
        let candidates = (0..<count).filter { !reserved.contains($0) }
        let labelIndex = try Self.labelIndex(options.label, names: names, candidates: candidates,
                                             available: available, path: path)
        if labelIndex == splitIndex { splitIndex = nil }
        let features = (0..<count).filter { $0 != labelIndex && $0 != splitIndex && $0 != indexColumn }
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
        self.indexColumn = indexColumn == labelIndex ? nil : indexColumn
        self.indexCandidate = unnamedFirst != labelIndex && features.count >= 2 ? unnamedFirst : nil
    }

    /// Whether a header cell names nothing: empty, or pandas' `Unnamed: 0` from reading such a file and writing it again.
    private static func isUnnamed(_ name: String) -> Bool {
        name.isEmpty || name == "Unnamed: 0"
    }

    /// The column `index=NAME` names, or nil for `auto` and `none`.
    private static func indexColumn(_ index: CSVOptions.IndexColumn, names: [String]?, available: [String],
                                    path: String) throws(DataError) -> Int? {
        guard case .name(let wanted) = index else { return nil }
        let found = names?.firstIndex(of: wanted) ?? names?.firstIndex { $0.lowercased() == wanted.lowercased() }
        guard let found else {
            throw .missingIndexColumn(path: path, name: wanted + (names == nil ? " (the file has no header)" : ""),
                                      available: available)
        }
        return found
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

    /// The header names of the feature columns, or nil without a header.
    var featureNames: [String]? {
        names.map { names in featureIndices.map { names[$0] } }
    }

    /// The image shape the writer's `px{row}_{col}` feature names describe, if they do.
    static func imageShape(of featureNames: [String]?) -> ImageShape? {
        guard let featureNames else { return nil }
        guard let last = featureNames.last, last.hasPrefix("px") else { return nil }
        let parts = last.dropFirst(2).split(separator: "_")
        guard parts.count == 2, let h = Int(parts[0]).map({ $0 + 1 }), let w = Int(parts[1]).map({ $0 + 1 }),
              h * w == featureNames.count else { return nil }
        for (k, name) in featureNames.enumerated() where name != "px\(k / w)_\(k % w)" { return nil }
        return ImageShape(height: h, width: w)
    }
}
