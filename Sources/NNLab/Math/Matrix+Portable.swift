import Dispatch

/// The fixed-order kernels of `NumericMode.portable`: plain loops whose additions
/// happen in the same order on every machine (Swift does not fuse `a * b + c` into one
/// rounding unless asked, so no FMA changes the result either).
extension Matrix {
    /// `c = alpha · op(a) · op(b) + beta · c`, each element summed over `p` in order.
    /// Rows go four at a time (each `b` row loaded once for four sums) and are shared
    /// between threads on large products; neither changes any element's order of additions.
    static func portableMultiply(_ a: Matrix, _ b: Matrix, transposeA: Bool, transposeB: Bool,
                                 m: Int, n: Int, k: Int, into c: inout Matrix, alpha: Float, beta: Float) {
        let left = transposeA ? a.transposed() : a
        let right = transposeB ? b.transposed() : b
        let blocks = (m + 3) / 4
        let workers = m * n * k >= 1 << 18 ? min(2, blocks) : 1
        left.storage.withUnsafeBufferPointer { pa in
            right.storage.withUnsafeBufferPointer { pb in
                c.storage.withUnsafeMutableBufferPointer { pc in
                    let kernel = PortableKernel(a: pa, b: pb, c: pc, n: n, k: k, alpha: alpha, beta: beta)
                    if workers == 1 {
                        kernel.rows(0..<m)
                    } else {
                        DispatchQueue.concurrentPerform(iterations: workers) { worker in
                            let first = blocks * worker / workers * 4, last = min(m, blocks * (worker + 1) / workers * 4)
                            kernel.rows(first..<last)
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

/// The loops of `portableMultiply` over a range of rows of `c`.
private struct PortableKernel: @unchecked Sendable {
    let a: UnsafeBufferPointer<Float>, b: UnsafeBufferPointer<Float>, c: UnsafeMutableBufferPointer<Float>
    let n: Int, k: Int, alpha: Float, beta: Float

    func rows(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let sums = UnsafeMutableBufferPointer<Float>.allocate(capacity: 4 * n)
        defer { sums.deallocate() }
        var i = range.lowerBound
        while i < range.upperBound {
            let count = min(4, range.upperBound - i)
            sums.initialize(repeating: 0)
            if count == 4 {
                for p in 0..<k {
                    let a0 = a[i * k + p], a1 = a[(i + 1) * k + p], a2 = a[(i + 2) * k + p], a3 = a[(i + 3) * k + p]
                    let rowB = p * n
                    for j in 0..<n {
                        let bj = b[rowB + j]
                        sums[j] += a0 * bj
                        sums[n + j] += a1 * bj
                        sums[2 * n + j] += a2 * bj
                        sums[3 * n + j] += a3 * bj
                    }
                }
            } else {
                for r in 0..<count {
                    for p in 0..<k {
                        let aip = a[(i + r) * k + p]
                        let rowB = p * n
                        for j in 0..<n { sums[r * n + j] += aip * b[rowB + j] }
                    }
                }
            }
            for r in 0..<count {
                for j in 0..<n {
                    let scaled = alpha * sums[r * n + j]
                    let index = (i + r) * n + j
                    c[index] = beta == 0 ? scaled : scaled + beta * c[index]
                }
            }
            i += count
        }
    }
}
