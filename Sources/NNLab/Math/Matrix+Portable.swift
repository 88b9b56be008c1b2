import Dispatch

/// The fixed-order kernels of `NumericMode.portable`: loops whose additions happen in
/// the same order on every machine (Swift does not fuse `a * b + c` into one rounding
/// unless asked, so no FMA changes the result either).
extension Matrix {
    /// `c = alpha · op(a) · op(b) + beta · c`, each element summed over `p` in order,
    /// starting from zero. Vectors of eight columns and blocks of four rows only decide
    /// which elements are summed side by side, and threads which rows each one takes;
    /// neither changes any element's order of additions.
    static func portableMultiply(_ a: Matrix, _ b: Matrix, transposeA: Bool, transposeB: Bool,
                                 m: Int, n: Int, k: Int, into c: inout Matrix, alpha: Float, beta: Float) {
        let right = transposeB ? b.transposed() : b
        let blocks = (m + 3) / 4
        let workers = m * n * k >= 1 << 21 ? min(2, blocks) : 1
        a.storage.withUnsafeBufferPointer { pa in
            right.storage.withUnsafeBufferPointer { pb in
                c.storage.withUnsafeMutableBufferPointer { pc in
                    let kernel = PortableKernel(
                        a: pa.baseAddress!, aRowStride: transposeA ? 1 : k, aInnerStride: transposeA ? m : 1,
                        b: pb.baseAddress!, c: pc.baseAddress!, n: n, k: k, alpha: alpha, beta: beta)
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

/// The loops of `portableMultiply` over a range of rows of `c`. `a[i, p]` is at
/// `i · aRowStride + p · aInnerStride`; `b` is `k × n`, row-major.
private struct PortableKernel: @unchecked Sendable {
    typealias Lanes = SIMD8<Float>
    let a: UnsafePointer<Float>, aRowStride: Int, aInnerStride: Int
    let b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>
    let n: Int, k: Int, alpha: Float, beta: Float

    func rows(_ range: Range<Int>) {
        var i = range.lowerBound
        while i + 4 <= range.upperBound {
            fourRows(i)
            i += 4
        }
        while i < range.upperBound {
            oneRow(i)
            i += 1
        }
    }

    private func fourRows(_ i: Int) {
        let a0 = a + i * aRowStride, a1 = a0 + aRowStride, a2 = a1 + aRowStride, a3 = a2 + aRowStride
        var j = 0
        while j + Lanes.scalarCount <= n {
            var s0 = Lanes(), s1 = Lanes(), s2 = Lanes(), s3 = Lanes()
            for p in 0..<k {
                let bp = lanes(b + p * n + j), q = p * aInnerStride
                s0 += Lanes(repeating: a0[q]) * bp
                s1 += Lanes(repeating: a1[q]) * bp
                s2 += Lanes(repeating: a2[q]) * bp
                s3 += Lanes(repeating: a3[q]) * bp
            }
            store(s0, row: i, column: j)
            store(s1, row: i + 1, column: j)
            store(s2, row: i + 2, column: j)
            store(s3, row: i + 3, column: j)
            j += Lanes.scalarCount
        }
        for column in j..<n {
            var s0: Float = 0, s1: Float = 0, s2: Float = 0, s3: Float = 0
            for p in 0..<k {
                let bp = b[p * n + column], q = p * aInnerStride
                s0 += a0[q] * bp
                s1 += a1[q] * bp
                s2 += a2[q] * bp
                s3 += a3[q] * bp
            }
            store(s0, row: i, column: column)
            store(s1, row: i + 1, column: column)
            store(s2, row: i + 2, column: column)
            store(s3, row: i + 3, column: column)
        }
    }

    private func oneRow(_ i: Int) {
        let ai = a + i * aRowStride
        var j = 0
        while j + Lanes.scalarCount <= n {
            var sum = Lanes()
            for p in 0..<k { sum += Lanes(repeating: ai[p * aInnerStride]) * lanes(b + p * n + j) }
            store(sum, row: i, column: j)
            j += Lanes.scalarCount
        }
        for column in j..<n {
            var sum: Float = 0
            for p in 0..<k { sum += ai[p * aInnerStride] * b[p * n + column] }
            store(sum, row: i, column: column)
        }
    }

    private func lanes(_ pointer: UnsafePointer<Float>) -> Lanes {
        UnsafeRawPointer(pointer).loadUnaligned(as: Lanes.self)
    }

    private func store(_ sum: Lanes, row: Int, column: Int) {
        let target = UnsafeMutableRawPointer(c + row * n + column)
        let scaled = alpha * sum
        let value = beta == 0 ? scaled : scaled + beta * target.loadUnaligned(as: Lanes.self)
        target.storeBytes(of: value, as: Lanes.self)
    }

    private func store(_ sum: Float, row: Int, column: Int) {
        let index = row * n + column
        let scaled = alpha * sum
        c[index] = beta == 0 ? scaled : scaled + beta * c[index]
    }
}
