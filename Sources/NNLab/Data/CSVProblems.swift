/// The bad cells of a CSV, gathered while reading so the error can say how many there are:
/// the first non-numeric feature cell, and the first missing value with the rows that have one.
struct CSVProblems {
    /// Where a bad cell is and what it holds.
    struct Cell {
        var line: Int
        /// From 1.
        var column: Int
        var text: String
    }

    /// The first feature cell that is neither a number nor a missing value.
    private(set) var firstNonNumeric: Cell?
    /// Non-numeric cells after the first.
    private(set) var otherNonNumeric = 0
    /// The first missing value.
    private(set) var firstMissing: Cell?
    /// Rows with at least one missing value.
    var rowsWithMissing = 0

    /// Feature cells that stand for a missing value, compared ignoring case: empty, and what
    /// pandas, R and spreadsheets write for it.
    static let missingMarkers: Set<String> = ["", "na", "n/a", "#n/a", "nan", "null", "none", "?"]

    /// Whether a feature cell's text is a missing value.
    static func isMissing(_ text: String) -> Bool {
        missingMarkers.contains(text.lowercased())
    }

    /// Records a feature cell that is not a number.
    mutating func nonNumeric(_ cell: Cell) {
        if firstNonNumeric == nil { firstNonNumeric = cell } else { otherNonNumeric += 1 }
    }

    /// Records a missing cell (count its row with `rowsWithMissing`).
    mutating func missing(_ cell: Cell) {
        if firstMissing == nil { firstMissing = cell }
    }

    /// Throws for a non-numeric cell, and for a missing value unless such rows are dropped.
    func check(path: String, names: [String]?, missing mode: CSVOptions.MissingValues) throws(DataError) {
        if let bad = firstNonNumeric {
            throw .nonNumericCell(path: path, line: bad.line, column: bad.column, columnName: names?[bad.column - 1],
                                  text: bad.text, others: otherNonNumeric)
        }
        if mode == .error, let gap = firstMissing {
            throw .missingValue(path: path, line: gap.line, column: gap.column, columnName: names?[gap.column - 1],
                                text: gap.text, rows: rowsWithMissing)
        }
    }
}
