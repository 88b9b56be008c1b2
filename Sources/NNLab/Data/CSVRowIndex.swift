/// Recognizing the row index pandas' `DataFrame.to_csv()` writes as an unnamed first
/// column (`,sepal,petal,species` then `0,5.1,...`, `1,4.9,...`): a feature there would
/// count rows, and on data sorted by class it would give the class away.
enum CSVRowIndex {
    /// The smallest and largest value of `column` when every value is a distinct whole
    /// number ≥ 0 (a fresh index counts 0, 1, 2...; one kept through shuffling or
    /// filtering is a permutation or has gaps); nil otherwise.
    static func range(ofColumn column: Int, in matrix: Matrix) -> ClosedRange<Int>? {
        var seen = Set<Int>()
        seen.reserveCapacity(matrix.rows)
        for r in 0..<matrix.rows {
            let value = matrix[r, column]
            guard value >= 0, value == value.rounded(), value < 16_777_216,
                  seen.insert(Int(value)).inserted else { return nil }
        }
        guard let low = seen.min(), let high = seen.max() else { return nil }
        return low...high
    }

    /// `matrix` without its first column.
    static func removingFirstColumn(of matrix: Matrix) -> Matrix {
        let columns = matrix.columns - 1
        var result = Matrix(rows: matrix.rows, columns: columns)
        for r in 0..<matrix.rows {
            for c in 0..<columns { result[r, c] = matrix[r, c + 1] }
        }
        return result
    }
}
