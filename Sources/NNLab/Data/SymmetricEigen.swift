/// Eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method.
///
/// Each rotation zeroes one off-diagonal element `a[p][q]` with
/// `θ = (a[q][q] − a[p][p]) / 2a[p][q]`, `t = sign(θ) / (|θ| + √(θ² + 1))`,
/// `c = 1/√(t² + 1)`, `s = t·c`; sweeps repeat until the off-diagonal mass is
/// negligible. O(n³) a sweep in `Double`: fine up to a few hundred dimensions.
struct SymmetricEigen {
    /// The eigenvalues, largest first.
    let values: [Double]
    /// The eigenvectors, row-major `n`×`n`: column k belongs to `values[k]`. Each is
    /// signed so its largest-magnitude component is positive, so results repeat.
    let vectors: [Double]
    /// The matrix size.
    let size: Int

    /// Decomposes the symmetric `size`×`size` row-major `matrix`.
    init(symmetric matrix: [Double], size n: Int) {
        precondition(matrix.count == n * n, "SymmetricEigen: \(matrix.count) elements for \(n)x\(n)")
        var a = matrix
        var v = [Double](repeating: 0, count: n * n)
        for i in 0..<n { v[i * n + i] = 1 }
        let total = a.reduce(0) { $0 + $1 * $1 }
        for _ in 0..<60 {
            var off = 0.0
            for p in 0..<n { for q in 0..<n where p != q { off += a[p * n + q] * a[p * n + q] } }
            if off <= 1e-28 * total || off == 0 { break }
            for p in 0..<max(n - 1, 0) { for q in (p + 1)..<n { Self.rotate(&a, &v, n, p, q) } }
        }
        let order = (0..<n).sorted { a[$0 * n + $0] > a[$1 * n + $1] }
        var sorted = [Double](repeating: 0, count: n * n)
        for (k, column) in order.enumerated() {
            var biggest = 0.0
            for i in 0..<n where abs(v[i * n + column]) > abs(biggest) { biggest = v[i * n + column] }
            let sign: Double = biggest < 0 ? -1 : 1
            for i in 0..<n { sorted[i * n + k] = sign * v[i * n + column] }
        }
        values = order.map { a[$0 * n + $0] }
        vectors = sorted
        size = n
    }

    /// One Jacobi rotation in the (p, q) plane, applied to `a` (both sides) and `v`.
    private static func rotate(_ a: inout [Double], _ v: inout [Double], _ n: Int, _ p: Int, _ q: Int) {
        let apq = a[p * n + q]
        guard apq != 0 else { return }
        let theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
        let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
        let c = 1 / (t * t + 1).squareRoot()
        let s = t * c
        for k in 0..<n {
            let akp = a[k * n + p], akq = a[k * n + q]
            a[k * n + p] = c * akp - s * akq
            a[k * n + q] = s * akp + c * akq
        }
        for k in 0..<n {
            let apk = a[p * n + k], aqk = a[q * n + k]
            a[p * n + k] = c * apk - s * aqk
            a[q * n + k] = s * apk + c * aqk
        }
        for k in 0..<n {
            let vkp = v[k * n + p], vkq = v[k * n + q]
            v[k * n + p] = c * vkp - s * vkq
            v[k * n + q] = s * vkp + c * vkq
        }
    }

    /// The eigenvector of `values[k]`.
    func vector(_ k: Int) -> [Double] {
        (0..<size).map { vectors[$0 * size + k] }
    }
}
