import CBLAS
/// Fitting preprocessing statistics on training features.
extension Preprocessing {
    /// The most features PCA and whitening accept (the eigen solver is O(d³)).
    public static let maxDecomposedFeatures = 1024

    /// Fits `method` on `training` (the training split's features only).
    public static func fit(_ method: PreprocessingMethod, to training: Matrix) throws(DataError) -> Preprocessing {
        let d = training.columns
        guard training.rows >= 1, d >= 1 else {
            throw .invalidOption(name: "preprocess", value: "\(training.rows) training samples", expected: "at least one training sample")
        }
        let ones = [Float](repeating: 1, count: d)
        switch method {
        case .none:
            return Preprocessing(method: method, mean: [Float](repeating: 0, count: d), scale: ones, projection: nil, componentVariances: [])
        case .center:
            return Preprocessing(method: method, mean: columnMeans(training).map(Float.init), scale: ones, projection: nil, componentVariances: [])
        case .standardize:
            let mean = columnMeans(training)
            return Preprocessing(method: method, mean: mean.map(Float.init), scale: inverseDeviations(training, mean: mean),
                                 projection: nil, componentVariances: [])
        case .pca(let k):
            return try decomposed(method, training, components: k, epsilon: nil)
        case .whiten(let k, let epsilon):
            guard epsilon.isFinite, epsilon >= 0 else {
                throw .invalidOption(name: "epsilon", value: "\(epsilon)", expected: "a number ≥ 0, such as 1e-5")
            }
            return try decomposed(method, training, components: k ?? d, epsilon: epsilon)
        }
    }

    /// Fits `method` on the training samples of `dataset` named by `splits`; the
    /// validation and test samples are never read.
    public static func fit(_ method: PreprocessingMethod, to dataset: Dataset, splits: Splits) throws(DataError) -> Preprocessing {
        try fit(method, to: dataset.features.gatherRows(splits.train))
    }

    /// PCA, or PCA whitening when `epsilon` is given, keeping `k` components.
    private static func decomposed(_ method: PreprocessingMethod, _ training: Matrix, components k: Int,
                                   epsilon: Double?) throws(DataError) -> Preprocessing {
        let d = training.columns
        guard k >= 1, k <= d else {
            throw .invalidOption(name: "dims", value: "\(k)", expected: "1...\(d) (the number of features)")
        }
        guard d <= maxDecomposedFeatures else {
            throw .invalidOption(name: "preprocess", value: "pca on \(d) features", expected: "at most \(maxDecomposedFeatures) features")
        }
        guard training.rows >= 2 else {
            throw .invalidOption(name: "preprocess", value: "\(training.rows) training sample", expected: "at least 2 training samples for pca")
        }
        let mean = columnMeans(training)
        let eigen = SymmetricEigen(symmetric: covariance(training, mean: mean), size: d)
        var projection = Matrix(rows: d, columns: k)
        for j in 0..<k {
            let factor = epsilon.map { 1 / (max(eigen.values[j], 0) + $0).squareRoot() } ?? 1
            for i in 0..<d { projection[i, j] = Float(eigen.vectors[i * d + j] * factor) }
        }
        return Preprocessing(method: method, mean: mean.map(Float.init), scale: [Float](repeating: 1, count: d),
                             projection: projection, componentVariances: Array(eigen.values[0..<k]))
    }

    /// The mean of each column, in `Double`.
    static func columnMeans(_ x: Matrix) -> [Double] {
        var sums = [Double](repeating: 0, count: x.columns)
        x.storage.withUnsafeBufferPointer { p in
            for r in 0..<x.rows { for c in 0..<x.columns { sums[c] += Double(p[r * x.columns + c]) } }
        }
        return sums.map { $0 / Double(x.rows) }
    }

    /// The population standard deviation of each column, in `Double`.
    public static func columnDeviations(_ x: Matrix) -> [Double] {
        deviations(x, mean: columnMeans(x))
    }

    private static func deviations(_ x: Matrix, mean: [Double]) -> [Double] {
        var squares = [Double](repeating: 0, count: x.columns)
        for r in 0..<x.rows {
            for c in 0..<x.columns {
                let deviation = Double(x[r, c]) - mean[c]
                squares[c] += deviation * deviation
            }
        }
        return squares.map { ($0 / Double(x.rows)).squareRoot() }
    }

    /// 1 / (population standard deviation) of each column; 1 where a column is constant.
    private static func inverseDeviations(_ x: Matrix, mean: [Double]) -> [Float] {
        deviations(x, mean: mean).map { $0 > 1e-12 ? Float(1 / $0) : 1 }
    }

    /// The covariance (divisor n − 1) as row-major `Double`, from a BLAS rank-k update
    /// (`ssyrk`, half the work of a full product) of the centred data.
    private static func covariance(_ x: Matrix, mean: [Double]) -> [Double] {
        let (n, d) = (x.rows, x.columns)
        var centred = [Float](repeating: 0, count: n * d)
        let floatMean = mean.map(Float.init)
        x.storage.withUnsafeBufferPointer { source in
            for r in 0..<n { for c in 0..<d { centred[r * d + c] = source[r * d + c] - floatMean[c] } }
        }
        if NumericMode.current == .portable {
            var product = Matrix(rows: 0, columns: 0)
            Matrix.multiply(Matrix(rows: n, columns: d, storage: centred), Matrix(rows: n, columns: d, storage: centred),
                            transposingA: true, into: &product, alpha: 1 / Float(n - 1))
            return product.storage.map(Double.init)
        }
        var upper = [Float](repeating: 0, count: d * d)
        BLASThreads.prepare(multiplyAdds: d * d * n / 2)
        cblas_ssyrk(CblasRowMajor, CblasUpper, CblasTrans, Int32(d), Int32(n),
                    1 / Float(n - 1), centred, Int32(d), 0, &upper, Int32(d))
        var result = [Double](repeating: 0, count: d * d)
        for i in 0..<d {
            for j in i..<d {
                result[i * d + j] = Double(upper[i * d + j])
                result[j * d + i] = result[i * d + j]
            }
        }
        return result
    }
}
