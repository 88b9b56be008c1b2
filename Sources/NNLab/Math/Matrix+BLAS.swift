import CBLAS

extension Matrix {
    /// `c = alpha · op(a) · op(b) + beta · c` through `cblas_sgemm` (in `NumericMode.portable`,
    /// a fixed-order loop), where `op` transposes
    /// when asked (no copy is made). `c` is reshaped to fit; with `beta == 0` its old
    /// contents are ignored.
    public static func multiply(
        _ a: Matrix, _ b: Matrix,
        transposingA transposeA: Bool = false, transposingB transposeB: Bool = false,
        into c: inout Matrix, alpha: Float = 1, beta: Float = 0
    ) {
        let m = transposeA ? a.columns : a.rows
        let k = transposeA ? a.rows : a.columns
        let kb = transposeB ? b.columns : b.rows
        let n = transposeB ? b.rows : b.columns
        precondition(k == kb, "matmul: inner sizes differ: \(a.rows)x\(a.columns)\(transposeA ? "ᵀ" : "") · \(b.rows)x\(b.columns)\(transposeB ? "ᵀ" : "")")
        if beta == 0 {
            c.reshape(rows: m, columns: n)
        } else {
            precondition(c.rows == m && c.columns == n, "matmul: accumulator is \(c.rows)x\(c.columns), needs \(m)x\(n)")
        }
        guard m > 0, n > 0 else { return }
        if k == 0 {
            c.scale(by: beta)
            return
        }
        if NumericMode.current == .portable {
            portableMultiply(a, b, transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                             into: &c, alpha: alpha, beta: beta)
            return
        }
        BLASThreads.prepare(multiplyAdds: m * n * k)
        a.storage.withUnsafeBufferPointer { pa in
            b.storage.withUnsafeBufferPointer { pb in
                c.storage.withUnsafeMutableBufferPointer { pc in
                    cblas_sgemm(CblasRowMajor,
                                transposeA ? CblasTrans : CblasNoTrans,
                                transposeB ? CblasTrans : CblasNoTrans,
                                Int32(m), Int32(n), Int32(k), alpha,
                                pa.baseAddress, Int32(a.columns),
                                pb.baseAddress, Int32(b.columns),
                                beta, pc.baseAddress, Int32(n))
                }
            }
        }
    }

    /// The product `self · other` as a new matrix.
    public func matmul(_ other: Matrix) -> Matrix {
        var result = Matrix(rows: 0, columns: 0)
        Matrix.multiply(self, other, into: &result)
        return result
    }
}

extension Matrix {
    /// Column sums `1ᵀ·self` into `sums` through `cblas_sgemv`; `ones` is a workspace
    /// kept by the caller (grown to `rows` ones on first use).
    public func sumOverRows(into sums: inout [Float], ones: inout [Float]) {
        if ones.count < rows { ones = [Float](repeating: 1, count: rows) }
        if sums.count != columns { sums = [Float](repeating: 0, count: columns) }
        guard rows > 0, columns > 0 else {
            for c in sums.indices { sums[c] = 0 }
            return
        }
        if NumericMode.current == .portable {
            portableSumOverRows(into: &sums)
            return
        }
        BLASThreads.prepare(multiplyAdds: rows * columns)
        storage.withUnsafeBufferPointer { a in
            ones.withUnsafeBufferPointer { x in
                sums.withUnsafeMutableBufferPointer { y in
                    cblas_sgemv(CblasRowMajor, CblasTrans, Int32(rows), Int32(columns), 1,
                                a.baseAddress, Int32(columns), x.baseAddress, 1, 0, y.baseAddress, 1)
                }
            }
        }
    }
}
