import CFastMath
extension Matrix {
    /// Sets every element to `value`.
    public mutating func fill(_ value: Float) {
        storage.withUnsafeMutableBufferPointer { p in
            for i in p.indices { p[i] = value }
        }
    }

    /// `self += other`, element by element.
    public mutating func add(_ other: Matrix) {
        precondition(rows == other.rows && columns == other.columns, "add: \(rows)x\(columns) vs \(other.rows)x\(other.columns)")
        storage.withUnsafeMutableBufferPointer { p in
            other.storage.withUnsafeBufferPointer { q in
                for i in p.indices { p[i] += q[i] }
            }
        }
    }

    /// `self += scale · other`, element by element (BLAS's axpy, written out).
    public mutating func add(_ other: Matrix, scaledBy scale: Float) {
        precondition(rows == other.rows && columns == other.columns, "add: \(rows)x\(columns) vs \(other.rows)x\(other.columns)")
        storage.withUnsafeMutableBufferPointer { p in
            other.storage.withUnsafeBufferPointer { q in
                for i in p.indices { p[i] += scale * q[i] }
            }
        }
    }

    /// `self -= other`, element by element.
    public mutating func subtract(_ other: Matrix) {
        add(other, scaledBy: -1)
    }

    /// `self *= other`, element by element (the Hadamard product, not `matmul`).
    public mutating func multiplyElementwise(by other: Matrix) {
        precondition(rows == other.rows && columns == other.columns, "multiplyElementwise: \(rows)x\(columns) vs \(other.rows)x\(other.columns)")
        storage.withUnsafeMutableBufferPointer { p in
            other.storage.withUnsafeBufferPointer { q in
                for i in p.indices { p[i] *= q[i] }
            }
        }
    }

    /// `self *= factor`.
    public mutating func scale(by factor: Float) {
        storage.withUnsafeMutableBufferPointer { p in
            for i in p.indices { p[i] *= factor }
        }
    }

    /// Adds `vector` to every row (row-vector broadcasting).
    public mutating func addRowVector(_ vector: [Float]) {
        precondition(vector.count == columns, "addRowVector: \(vector.count) values for \(columns) columns")
        let n = columns
        storage.withUnsafeMutableBufferPointer { p in
            vector.withUnsafeBufferPointer { v in
                for r in 0..<rows { for c in 0..<n { p[r * n + c] += v[c] } }
            }
        }
    }

    /// Sets every row to `vector` (a bias, before a product accumulates onto it).
    public mutating func fillRows(with vector: [Float]) {
        precondition(vector.count == columns, "fillRows: \(vector.count) values for \(columns) columns")
        let n = columns
        guard n > 0 else { return }
        storage.withUnsafeMutableBufferPointer { p in
            vector.withUnsafeBufferPointer { v in
                for r in 0..<rows { (p.baseAddress! + r * n).update(from: v.baseAddress!, count: n) }
            }
        }
    }

    /// One sum per column.
    public func columnSums() -> [Float] {
        var sums: [Float] = [], ones: [Float] = []
        sumOverRows(into: &sums, ones: &ones)
        return sums
    }

    /// One sum per row.
    public func rowSums() -> [Float] {
        (0..<rows).map { r in storage[(r * columns)..<((r + 1) * columns)].reduce(0, +) }
    }

    /// The largest element of each row.
    public func rowMaxima() -> [Float] {
        (0..<rows).map { r in storage[(r * columns)..<((r + 1) * columns)].max() ?? -.infinity }
    }

    /// The column of the largest element in each row (the first on ties).
    public func argmaxPerRow() -> [Int] {
        (0..<rows).map(argmax(ofRow:))
    }

    /// The column of the largest element in row `r` (the first on ties).
    public func argmax(ofRow r: Int) -> Int {
        storage.withUnsafeBufferPointer { p in
            guard columns > 0 else { return 0 }
            let row = p.baseAddress! + r * columns
            var best = 0, top = row[0]
            for c in 1..<columns {
                let value = row[c]
                best = value > top ? c : best
                top = value > top ? value : top
            }
            return best
        }
    }

    /// How many rows have their largest element (the first on ties) at `labels[row]`,
    /// without building the argmax array.
    public func countArgmaxMatches(_ labels: [Int]) -> Int {
        (0..<min(rows, labels.count)).reduce(0) { $0 + (argmax(ofRow: $1) == labels[$1] ? 1 : 0) }
    }

    /// Sum of all elements.
    public func sum() -> Float { storage.reduce(0, +) }

    /// Sum of squares of all elements in `Double`, in sixteen interleaved partial sums
    /// (a fixed order, so the result repeats on every machine).
    public func squaredNorm() -> Double {
        storage.withUnsafeBufferPointer { nnlab_squared_norm($0.baseAddress, $0.count) }
    }

    /// A copy with `other` added element by element.
    public func adding(_ other: Matrix) -> Matrix { var m = self; m.add(other); return m }
    /// A copy with `other` subtracted element by element.
    public func subtracting(_ other: Matrix) -> Matrix { var m = self; m.subtract(other); return m }
    /// A copy multiplied by `other` element by element.
    public func multipliedElementwise(by other: Matrix) -> Matrix { var m = self; m.multiplyElementwise(by: other); return m }
    /// A copy multiplied by `factor`.
    public func scaled(by factor: Float) -> Matrix { var m = self; m.scale(by: factor); return m }
}
