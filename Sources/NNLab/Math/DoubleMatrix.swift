/// A small dense row-major matrix of `Double` for the gradient check's reference
/// path. Its loops are plain and naive: it only ever sees a few samples.
public struct DoubleMatrix: Equatable, Sendable {
    /// Number of rows.
    public var rows: Int
    /// Number of columns.
    public var columns: Int
    /// The elements, row after row.
    public var storage: [Double]

    /// A zero matrix.
    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        storage = [Double](repeating: 0, count: rows * columns)
    }

    /// The exact `Double` image of a `Float` matrix.
    public init(_ matrix: Matrix) {
        rows = matrix.rows
        columns = matrix.columns
        storage = matrix.storage.map(Double.init)
    }

    /// The element at row `r`, column `c`.
    public subscript(r: Int, c: Int) -> Double {
        get { storage[r * columns + c] }
        set { storage[r * columns + c] = newValue }
    }

    /// `self · otherᵀ` (the product a linear layer needs with its [out, in] weight).
    public func multiplyTransposed(_ other: DoubleMatrix) -> DoubleMatrix {
        precondition(columns == other.columns, "multiplyTransposed: \(rows)x\(columns) · (\(other.rows)x\(other.columns))ᵀ")
        var result = DoubleMatrix(rows: rows, columns: other.rows)
        for r in 0..<rows {
            for o in 0..<other.rows {
                var total = 0.0
                for k in 0..<columns { total += self[r, k] * other[o, k] }
                result[r, o] = total
            }
        }
        return result
    }

    /// `self · other`.
    public func multiply(_ other: DoubleMatrix) -> DoubleMatrix {
        precondition(columns == other.rows, "multiply: \(rows)x\(columns) · \(other.rows)x\(other.columns)")
        var result = DoubleMatrix(rows: rows, columns: other.columns)
        for r in 0..<rows { for k in 0..<columns { for c in 0..<other.columns { result[r, c] += self[r, k] * other[k, c] } } }
        return result
    }

    /// `selfᵀ · other`.
    public func transposeMultiply(_ other: DoubleMatrix) -> DoubleMatrix {
        precondition(rows == other.rows, "transposeMultiply: (\(rows)x\(columns))ᵀ · \(other.rows)x\(other.columns)")
        var result = DoubleMatrix(rows: columns, columns: other.columns)
        for k in 0..<rows { for r in 0..<columns { for c in 0..<other.columns { result[r, c] += self[k, r] * other[k, c] } } }
        return result
    }
}
