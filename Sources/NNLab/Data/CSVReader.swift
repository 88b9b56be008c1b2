/// Reads CSV bytes into a `LoadedData`: detects the header, lays out the columns,
/// parses every feature cell, and reports the first bad cell with its line and column.
struct CSVReader {
    /// The reading options.
    let options: CSVOptions
    /// The file's name, for errors and the data set's name.
    let path: String

    /// The first non-numeric feature cell found, and how many followed.
    private struct BadCell {
        var line: Int
        var column: Int
        var text: String
        var others = 0
    }

    /// Parses `bytes` into a data set and the splits its `split` column gives.
    func read(_ bytes: [UInt8]) throws(DataError) -> LoadedData {
        guard let delimiter = options.delimiter.asciiValue else {
            throw .invalidOption(name: "delimiter", value: "\(options.delimiter)", expected: "one ASCII character such as , or ;")
        }
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
        var table = CSVColumns(layout: layout)
        var badCell: BadCell? = nil
        var line: Int? = hasHeader ? try scanner.nextRow(into: &fields) : firstLine
        while let current = line {
            guard fields.count == firstTexts.count else {
                throw .raggedRow(path: path, line: current, fields: fields.count, expected: firstTexts.count)
            }
            try table.append(fields, line: current, scanner: scanner, path: path) { column, text in
                if badCell == nil { badCell = BadCell(line: current, column: column + 1, text: text) } else { badCell?.others += 1 }
            }
            line = try scanner.nextRow(into: &fields)
        }
        if let bad = badCell {
            throw .nonNumericCell(path: path, line: bad.line, column: bad.column,
                                  columnName: layout.names?[bad.column - 1], text: bad.text, others: bad.others)
        }
        guard table.rowCount > 0 else { throw .noDataRows(path: path) }
        return try table.loadedData(name: fileName, path: path, order: options.labelOrder)
    }

    /// The last component of the path.
    private var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
