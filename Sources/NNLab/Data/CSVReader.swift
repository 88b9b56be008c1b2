/// Reads CSV bytes into a `LoadedData`: finds the delimiter and the header, lays out the
/// columns, parses every feature cell, and reports the first bad cell with its line and column.
struct CSVReader {
    /// The reading options.
    let options: CSVOptions
    /// The file's name, for errors and the data set's name.
    let path: String

    /// Parses `bytes` into a data set and the splits its `split` column gives.
    func read(_ bytes: [UInt8]) throws(DataError) -> LoadedData {
        let delimiter = try self.delimiter(in: bytes)
        var scanner = CSVScanner(bytes: bytes, path: path, delimiter: delimiter)
        var fields: [CSVField] = []
        guard let firstLine = try scanner.nextRow(into: &fields) else { throw .emptyFile(path: path) }
        let firstTexts = fields.map { scanner.text(of: $0) }
        let hasHeader = switch options.header {
        case .present: true
        case .absent: false
        case .auto: !firstTexts.contains { Float($0) != nil }
        }
        let layout = try CSVLayout(firstRow: firstTexts, hasHeader: hasHeader, options: options, path: path)
        var table = CSVColumns(layout: layout, missing: options.missing)
        var problems = CSVProblems()
        var line: Int? = hasHeader ? try scanner.nextRow(into: &fields) : firstLine
        while let current = line {
            guard fields.count == firstTexts.count else {
                throw .raggedRow(path: path, line: current, fields: fields.count, expected: firstTexts.count)
            }
            try table.append(fields, line: current, scanner: scanner, problems: &problems)
            line = try scanner.nextRow(into: &fields)
        }
        try problems.check(path: path, names: layout.names, missing: options.missing)
        guard table.rowCount > 0 else {
            guard problems.rowsWithMissing == 0 else {
                throw .invalidOption(name: "missing", value: "drop", expected: "missing=error to see where; every row "
                                     + "of \(path) has a missing value, so none would remain")
            }
            throw .noDataRows(path: path)
        }
        var loaded = try table.loadedData(name: fileName, path: path, order: options.labelOrder)
        if options.delimiter == nil && delimiter != UInt8(ascii: ",") {
            loaded.notes.insert(.delimiterDetected(Character(UnicodeScalar(delimiter))), at: 0)
        }
        return loaded
    }

    /// The delimiter `options` give, or the one the first line uses.
    private func delimiter(in bytes: [UInt8]) throws(DataError) -> UInt8 {
        guard let given = options.delimiter else { return CSVDelimiter.detect(in: bytes) }
        guard let ascii = given.asciiValue, given != "\"", given != "\n", given != "\r\n" else {
            throw .invalidOption(name: "delimiter", value: "\(given)", expected: "one ASCII character such as , ; or a tab")
        }
        return ascii
    }

    /// The last component of the path.
    private var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
