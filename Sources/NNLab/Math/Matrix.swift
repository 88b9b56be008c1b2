/// A dense row-major matrix of `Float`, the numeric currency of the core.
///
/// Element `(r, c)` lives at `storage[r * columns + c]`. Products go to BLAS
/// (see `Matrix+BLAS.swift`); the elementwise kernels in `Matrix+Elementwise.swift`
/// are concrete `Float` loops with in-place variants for the training step.
public struct Matrix: Equatable, Sendable {
    /// Number of rows.
    public private(set) var rows: Int
    /// Number of columns.
    public private(set) var columns: Int
    /// The elements, row after row.
    public var storage: [Float]

    /// A `rows`×`columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Float = 0) {
        precondition(rows >= 0 && columns >= 0, "Matrix shape \(rows)x\(columns) is negative")
        self.rows = rows
        self.columns = columns
        self.storage = [Float](repeating: value, count: rows * columns)
    }

    /// A matrix over existing row-major elements.
    public init(rows: Int, columns: Int, storage: [Float]) {
        precondition(storage.count == rows * columns,
                     "Matrix \(rows)x\(columns) needs \(rows * columns) elements, got \(storage.count)")
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// A matrix from nested rows, for tests and small literals.
    public init(_ nestedRows: [[Float]]) {
        let columns = nestedRows.first?.count ?? 0
        precondition(nestedRows.allSatisfy { $0.count == columns }, "ragged rows")
        self.init(rows: nestedRows.count, columns: columns, storage: nestedRows.flatMap { $0 })
    }

    /// Number of elements.
    public var count: Int { storage.count }

    /// The element at row `r`, column `c`.
    public subscript(r: Int, c: Int) -> Float {
        get { storage[r * columns + c] }
        set { storage[r * columns + c] = newValue }
    }

    /// Row `r` as a new array.
    public func row(_ r: Int) -> [Float] {
        Array(storage[(r * columns)..<((r + 1) * columns)])
    }

    /// Gives the matrix a new shape, keeping its buffer's capacity so workspaces
    /// that shrink and grow again (a short last batch) do not reallocate.
    /// Contents are unspecified afterwards unless the element count is unchanged.
    public mutating func reshape(rows newRows: Int, columns newColumns: Int) {
        let needed = newRows * newColumns
        if storage.count > needed {
            storage.removeLast(storage.count - needed)
        } else if storage.count < needed {
            storage.append(contentsOf: repeatElement(0, count: needed - storage.count))
        }
        rows = newRows
        columns = newColumns
    }

    /// The rows listed in `indices`, in that order.
    public func gatherRows(_ indices: some Collection<Int>) -> Matrix {
        var result = Matrix(rows: 0, columns: columns)
        gatherRows(indices, into: &result)
        return result
    }

    /// Copies the rows listed in `indices` into `out`, reusing its buffer.
    public func gatherRows(_ indices: some Collection<Int>, into out: inout Matrix) {
        out.reshape(rows: indices.count, columns: columns)
        guard columns > 0 else { return }
        storage.withUnsafeBufferPointer { source in
            out.storage.withUnsafeMutableBufferPointer { target in
                var r = 0
                for index in indices {
                    precondition(index >= 0 && index < rows, "row \(index) outside 0..<\(rows)")
                    (target.baseAddress! + r * columns).update(from: source.baseAddress! + index * columns, count: columns)
                    r += 1
                }
            }
        }
    }

    /// The matrix with rows and columns swapped (a copy).
    public func transposed() -> Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for r in 0..<rows { for c in 0..<columns { result.storage[c * rows + r] = storage[r * columns + c] } }
        return result
    }

    /// Whether every element is finite (no NaN, no infinity): x·0 is 0 for finite x
    /// and NaN otherwise, summed eight lanes at a time.
    public var isFinite: Bool {
        storage.withUnsafeBufferPointer { p in
            var lanes = SIMD8<Float>()
            var i = 0
            while i + 8 <= p.count {
                lanes += UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: SIMD8<Float>.self) * 0
                i += 8
            }
            var tail: Float = lanes.sum()
            while i < p.count { tail += p[i] * 0; i += 1 }
            return tail == 0
        }
    }
}
