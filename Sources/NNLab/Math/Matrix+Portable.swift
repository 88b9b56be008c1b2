/// The fixed-order kernels of `NumericMode.portable`: plain loops whose additions
/// happen in the same order on every machine (Swift does not fuse `a * b + c` into one
/// rounding unless asked, so no FMA changes the result either).
extension Matrix {
    /// `c = alpha · op(a) · op(b) + beta · c`, each element summed over `p` in order.
    static func portableMultiply(_ a: Matrix, _ b: Matrix, transposeA: Bool, transposeB: Bool,
                                 m: Int, n: Int, k: Int, into c: inout Matrix, alpha: Float, beta: Float) {
        let left = transposeA ? a.transposed() : a
        let right = transposeB ? b.transposed() : b
        var row = [Float](repeating: 0, count: n)
        left.storage.withUnsafeBufferPointer { pa in
            right.storage.withUnsafeBufferPointer { pb in
                c.storage.withUnsafeMutableBufferPointer { pc in
                    row.withUnsafeMutableBufferPointer { sum in
                        for i in 0..<m {
                            for j in 0..<n { sum[j] = 0 }
                            for p in 0..<k {
                                let aip = pa[i * k + p]
                                let rowB = p * n
                                for j in 0..<n { sum[j] += aip * pb[rowB + j] }
                            }
                            for j in 0..<n {
                                let scaled = alpha * sum[j]
                                pc[i * n + j] = beta == 0 ? scaled : scaled + beta * pc[i * n + j]
                            }
                        }
                    }
                }
            }
        }
    }

    /// Column sums, rows added top to bottom.
    func portableSumOverRows(into sums: inout [Float]) {
        for c in sums.indices { sums[c] = 0 }
        storage.withUnsafeBufferPointer { a in
            sums.withUnsafeMutableBufferPointer { s in
                for r in 0..<rows {
                    for c in 0..<columns { s[c] += a[r * columns + c] }
                }
            }
        }
    }

}
