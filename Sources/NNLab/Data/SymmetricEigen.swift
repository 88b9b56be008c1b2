import CBLAS

/// Eigenvalues and eigenvectors of a real symmetric matrix.
///
/// The default path is LAPACK's divide-and-conquer solver `dsyevd`, O(n³) with BLAS-3
/// inner loops (784 dimensions in a few hundred milliseconds). `jacobi` is the cyclic
/// Jacobi method in plain Swift: each rotation zeroes one off-diagonal `a[p][q]` with
/// `θ = (a[q][q] − a[p][p]) / 2a[p][q]`, `t = sign(θ) / (|θ| + √(θ² + 1))`,
/// `c = 1/√(t² + 1)`, `s = t·c`, sweeping until the off-diagonal mass is negligible. It
/// is much slower (~10 s for 784) but its order of operations is fixed, so it gives the
/// same bits on every machine.
struct SymmetricEigen {
    /// The eigenvalues, largest first.
    let values: [Double]
    /// The eigenvectors, row-major `n`×`n`: column k belongs to `values[k]`. Each is
    /// signed so its largest-magnitude component is positive, so results repeat.
    let vectors: [Double]
    /// The matrix size.
    let size: Int

    /// Decomposes the symmetric `size`×`size` row-major `matrix` with LAPACK; with Jacobi
    /// in `NumericMode.portable`, or should LAPACK report a failure (never observed).
    init(symmetric matrix: [Double], size n: Int) {
        precondition(matrix.count == n * n, "SymmetricEigen: \(matrix.count) elements for \(n)x\(n)")
        guard n > 0, NumericMode.current == .fast, let (ascending, columns) = Self.lapack(matrix, n) else {
            self = Self.jacobi(symmetric: matrix, size: n)
            return
        }
        // A symmetric matrix is its own transpose, so LAPACK's column-major eigenvectors
        // are rows of `columns` here: row i is the eigenvector of `ascending[i]`.
        self.init(sorting: (0..<n).reversed().map { i in (ascending[i], Array(columns[(i * n)..<((i + 1) * n)])) }, size: n)
    }

    /// The Jacobi decomposition, identical on every machine.
    static func jacobi(symmetric matrix: [Double], size n: Int) -> SymmetricEigen {
        precondition(matrix.count == n * n, "SymmetricEigen: \(matrix.count) elements for \(n)x\(n)")
        var a = matrix
        var rotations = [Double](repeating: 0, count: n * n)
        for i in 0..<n { rotations[i * n + i] = 1 }
        let total = a.reduce(0) { $0 + $1 * $1 }
        a.withUnsafeMutableBufferPointer { pa in
            rotations.withUnsafeMutableBufferPointer { pv in
                guard let a = pa.baseAddress, let v = pv.baseAddress else { return }
                for sweep in 0..<60 {
                    var off = 0.0
                    for p in 0..<n { for q in 0..<n where p != q { off += a[p * n + q] * a[p * n + q] } }
                    if off <= 1e-28 * total || off == 0 { break }
                    for p in 0..<max(n - 1, 0) { for q in (p + 1)..<n { Self.rotate(a, v, n, p, q, late: sweep > 3) } }
                }
            }
        }
        let pairs = (0..<n).map { row in (a[row * n + row], Array(rotations[(row * n)..<((row + 1) * n)])) }
        return SymmetricEigen(sorting: pairs.sorted { $0.0 > $1.0 }, size: n)
    }

    /// Stores (eigenvalue, eigenvector) pairs already ordered largest first, each vector
    /// signed so that its largest-magnitude component is positive.
    private init(sorting pairs: [(Double, [Double])], size n: Int) {
        var sorted = [Double](repeating: 0, count: n * n)
        for (k, pair) in pairs.enumerated() {
            let biggest = pair.1.max { abs($0) < abs($1) } ?? 0
            let sign: Double = biggest < 0 ? -1 : 1
            for i in 0..<n { sorted[i * n + k] = sign * pair.1[i] }
        }
        values = pairs.map(\.0)
        vectors = sorted
        size = n
    }

    /// `dsyevd` with a workspace query first: ascending eigenvalues and the eigenvectors
    /// in column-major order, or nil when LAPACK reports an error.
    private static func lapack(_ matrix: [Double], _ n: Int) -> ([Double], [Double])? {
        var a = matrix
        var w = [Double](repeating: 0, count: n)
        var size = Int32(n), info: Int32 = 0
        var workSize = 0.0, iworkSize: Int32 = 0, query: Int32 = -1
        BLASThreads.prepare(multiplyAdds: Int(size) * Int(size) * Int(size))
        dsyevd_("V", "U", &size, &a, &size, &w, &workSize, &query, &iworkSize, &query, &info, 1, 1)
        guard info == 0 else { return nil }
        var lwork = Int32(workSize), liwork = iworkSize
        var work = [Double](repeating: 0, count: Int(lwork))
        var iwork = [Int32](repeating: 0, count: Int(liwork))
        dsyevd_("V", "U", &size, &a, &size, &w, &work, &lwork, &iwork, &liwork, &info, 1, 1)
        return info == 0 ? (w, a) : nil
    }

    /// One Jacobi rotation in the (p, q) plane, applied to `a` and to the accumulated
    /// rotations `v` (stored transposed: row p is eigenvector p, so updates are contiguous).
    /// In `late` sweeps an element too small to change either diagonal is just zeroed.
    private static func rotate(_ a: UnsafeMutablePointer<Double>, _ v: UnsafeMutablePointer<Double>,
                               _ n: Int, _ p: Int, _ q: Int, late: Bool) {
        let apq = a[p * n + q], app = a[p * n + p], aqq = a[q * n + q]
        guard apq != 0 else { return }
        let g = 100 * abs(apq)
        if late && abs(app) + g == abs(app) && abs(aqq) + g == abs(aqq) {
            a[p * n + q] = 0
            a[q * n + p] = 0
            return
        }
        let theta = (aqq - app) / (2 * apq)
        let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
        let c = 1 / (t * t + 1).squareRoot()
        let s = t * c
        for k in 0..<n where k != p && k != q {
            let akp = a[p * n + k], akq = a[q * n + k]
            let newP = c * akp - s * akq, newQ = s * akp + c * akq
            a[p * n + k] = newP
            a[q * n + k] = newQ
            a[k * n + p] = newP
            a[k * n + q] = newQ
        }
        a[p * n + p] = app - t * apq
        a[q * n + q] = aqq + t * apq
        a[p * n + q] = 0
        a[q * n + p] = 0
        for k in 0..<n {
            let vp = v[p * n + k], vq = v[q * n + k]
            v[p * n + k] = c * vp - s * vq
            v[q * n + k] = s * vp + c * vq
        }
    }

    /// The eigenvector of `values[k]`.
    func vector(_ k: Int) -> [Double] {
        (0..<size).map { vectors[$0 * size + k] }
    }
}
