import Foundation
import Testing
@testable import NNLab

@Suite struct DataPreprocessingTests {
    /// Covariance (divisor n − 1) of the columns of `x`, in Double.
    static func covariance(_ x: Matrix) -> [[Double]] {
        let mean = Preprocessing.columnMeans(x)
        return (0..<x.columns).map { i in (0..<x.columns).map { j in
            (0..<x.rows).map { r in (Double(x[r, i]) - mean[i]) * (Double(x[r, j]) - mean[j]) }.reduce(0, +) / Double(x.rows - 1)
        } }
    }

    /// Correlated 3-D data: a latent normal mixed by a fixed matrix plus small noise.
    static func correlated(rows: Int, seed: UInt64) -> Matrix {
        var random = RandomSource(seed: seed)
        var x = Matrix(rows: rows, columns: 3)
        for r in 0..<rows {
            let (a, b, c) = (random.nextNormal(), random.nextNormal(), random.nextNormal())
            x[r, 0] = Float(2 * a + 0.5 * b + 5)
            x[r, 1] = Float(-a + b - 3)
            x[r, 2] = Float(0.3 * a + 0.2 * c + 1)
        }
        return x
    }

    /// Checks A·v = λ·v for every pair, the trace, and the order of the eigenvalues.
    static func expectEigenpairs(_ eigen: SymmetricEigen, of a: [Double], tolerance: Double) {
        let n = eigen.size
        let trace = (0..<n).map { a[$0 * n + $0] }.reduce(0, +)
        #expect(zip(eigen.values, eigen.values.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(abs(eigen.values.reduce(0, +) - trace) < tolerance * max(1, abs(trace)), "trace is kept")
        for k in 0..<n {
            let v = eigen.vector(k)
            #expect(abs(v.map { $0 * $0 }.reduce(0, +) - 1) < tolerance, "unit length")
            for i in 0..<n {
                let av = (0..<n).map { a[i * n + $0] * v[$0] }.reduce(0, +)
                #expect(abs(av - eigen.values[k] * v[i]) < tolerance)
            }
        }
    }

    @Test func bothSolversDecomposeAKnownMatrix() {
        let a: [Double] = [4, 1, 2, 1, 3, 0, 2, 0, 5]
        Self.expectEigenpairs(SymmetricEigen(symmetric: a, size: 3), of: a, tolerance: 1e-9)
        Self.expectEigenpairs(SymmetricEigen.jacobi(symmetric: a, size: 3), of: a, tolerance: 1e-9)
    }

    /// A diagonal matrix's eigenvalues are its diagonal, its eigenvectors the unit axes.
    @Test func lapackMatchesTheClosedFormOfADiagonalMatrix() {
        let diagonal: [Double] = [0.5, 7, -2, 3]
        var a = [Double](repeating: 0, count: 16)
        for i in 0..<4 { a[i * 4 + i] = diagonal[i] }
        let eigen = SymmetricEigen(symmetric: a, size: 4)
        #expect(eigen.values == [7, 3, 0.5, -2])
        #expect(eigen.vector(0) == [0, 1, 0, 0])
        #expect(eigen.vector(3) == [0, 0, 1, 0])
    }

    /// LAPACK and Jacobi agree on a random 40×40 covariance: values, and vectors up to the
    /// shared sign convention (the spectrum is spread, so no two values are close).
    @Test func lapackAgreesWithJacobi() {
        var random = RandomSource(seed: 11)
        let n = 40
        let b = (0..<(n * n)).map { _ in random.nextNormal() }
        var a = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n { a[i * n + j] = (0..<n).map { b[$0 * n + i] * b[$0 * n + j] }.reduce(0, +) } }
        let fast = SymmetricEigen(symmetric: a, size: n), exact = SymmetricEigen.jacobi(symmetric: a, size: n)
        Self.expectEigenpairs(fast, of: a, tolerance: 1e-8)
        for k in 0..<n { #expect(abs(fast.values[k] - exact.values[k]) < 1e-9 * max(1, abs(exact.values[0]))) }
        for k in 0..<5 {
            let difference = zip(fast.vector(k), exact.vector(k)).map { abs($0 - $1) }.max() ?? 0
            #expect(difference < 1e-6, "eigenvector \(k)")
        }
    }

    @Test func pcaRecoversAKnownDirection() throws {
        var random = RandomSource(seed: 3)
        let direction: [Double] = [0.6, 0.8, 0]
        var x = Matrix(rows: 500, columns: 3)
        for r in 0..<500 {
            let t = 5 * random.nextNormal()
            for c in 0..<3 { x[r, c] = Float(t * direction[c] + 0.1 * random.nextNormal() + Double(c)) }
        }
        let pca = try Preprocessing.fit(.pca(components: 1), to: x)
        let projection = try #require(pca.projection)
        let column = (0..<3).map { Double(projection[$0, 0]) }
        #expect(zip(column, direction).allSatisfy { abs($0 - $1) < 0.01 }, "\(column)")
        #expect(abs(pca.componentVariances[0] - 25) < 4)
        let projected = try pca.apply(to: x)
        #expect(projected.columns == 1 && projected.rows == 500)
    }

    @Test func whiteningGivesIdentityCovarianceOnTrain() throws {
        let x = Self.correlated(rows: 400, seed: 4)
        let white = try Preprocessing.fit(.whiten(epsilon: 1e-8), to: x)
        let covariance = Self.covariance(try white.apply(to: x))
        for i in 0..<3 { for j in 0..<3 { #expect(abs(covariance[i][j] - (i == j ? 1 : 0)) < 1e-3, "\(covariance)") } }
    }

    @Test func standardizeGivesZeroMeanUnitDeviation() throws {
        let x = Self.correlated(rows: 300, seed: 5)
        let y = try Preprocessing.fit(.standardize, to: x).apply(to: x)
        let mean = Preprocessing.columnMeans(y)
        let covariance = Self.covariance(y)
        for c in 0..<3 {
            #expect(abs(mean[c]) < 1e-5)
            #expect(abs(covariance[c][c] * 299 / 300 - 1) < 1e-4)
        }
    }

    @Test(arguments: [PreprocessingMethod.center, .standardize, .pca(components: 2), .whiten()])
    func statisticsComeFromTrainingOnly(method: PreprocessingMethod) throws {
        var random = RandomSource(seed: 6)
        var data = try Dataset.blobs(points: 60, classes: 3, random: &random)
        let splits = try Splits.stratified(labels: data.labels, classCount: 3, random: &random)
        let fitted = try Preprocessing.fit(method, to: data, splits: splits)
        for row in splits.validation + splits.test { data.features[row, 0] += 100; data.features[row, 1] *= -7 }
        #expect(try Preprocessing.fit(method, to: data, splits: splits) == fitted)
        let trainingOnly = try Preprocessing.fit(method, to: splits.trainingSet(of: data).features)
        #expect(trainingOnly == fitted)
        let validation = try fitted.apply(to: splits.validationSet(of: data))
        #expect(validation.sampleCount == splits.validation.count && validation.featureCount == fitted.outputDimension)
    }

    @Test func imageShapeKeptOnlyWhenFeaturesAre() throws {
        var random = RandomSource(seed: 7)
        let digits = try Dataset.digits(points: 10, random: &random)
        #expect(try Preprocessing.fit(.standardize, to: digits.features).apply(to: digits).imageShape != nil)
        #expect(try Preprocessing.fit(.pca(components: 5), to: digits.features).apply(to: digits).imageShape == nil)
    }

    @Test func badRequestsAreTypedErrors() throws {
        let x = Self.correlated(rows: 10, seed: 8)
        #expect(throws: DataError.self) { try Preprocessing.fit(.pca(components: 4), to: x) }
        #expect(throws: DataError.self) { try Preprocessing.fit(.pca(components: 0), to: x) }
        #expect(throws: DataError.self) { try Preprocessing.fit(.whiten(epsilon: -1), to: x) }
        #expect(throws: DataError.self) { try Preprocessing.fit(.center, to: Matrix(rows: 0, columns: 3)) }
        let fitted = try Preprocessing.fit(.center, to: x)
        #expect(throws: DataError.featureMismatch(expected: 3, got: 2)) { try fitted.apply(to: Matrix(rows: 1, columns: 2)) }
    }
}

@Suite struct DataPreparedDataTests {
    @Test func everySplitPreprocessedWithTrainingStatistics() throws {
        var random = RandomSource(seed: 12)
        let digits = try Dataset.digits(points: 30, random: &random)
        let splits = try Splits.stratified(labels: digits.labels, classCount: 10, random: &random)
        let prepared = try PreparedData(dataset: digits, splits: splits, method: .pca(components: 12))
        #expect(prepared.train.sampleCount == 240 && prepared.validation.sampleCount == 30 && prepared.test.sampleCount == 30)
        #expect([prepared.train, prepared.validation, prepared.test].allSatisfy { $0.featureCount == 12 && $0.imageShape == nil })
        let direct = try prepared.preprocessing.apply(to: digits.features.gatherRows(splits.test))
        #expect(prepared.test.features == direct && prepared.test.labels == splits.test.map { digits.labels[$0] })
        let means = Preprocessing.columnMeans(prepared.train.features)
        #expect(means.allSatisfy { abs($0) < 1e-4 }, "training split is centred by its own mean")
    }
}
