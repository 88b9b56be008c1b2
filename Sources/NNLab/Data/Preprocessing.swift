/// A preprocessing step to fit on the training split.
public enum PreprocessingMethod: Equatable, Sendable {
    /// Leave the features as they are.
    case none
    /// Subtract the training mean of each feature.
    case center
    /// Subtract the training mean and divide by the training standard deviation
    /// (population form, as scikit-learn's `StandardScaler`; constant features keep scale 1).
    case standardize
    /// Project the centred features onto the `components` directions of largest training variance.
    case pca(components: Int)
    /// PCA whitening: project as PCA (all components when nil), then divide each
    /// component by `√(variance + epsilon)`, so the training covariance is ≈ I.
    case whiten(components: Int? = nil, epsilon: Double = 1e-5)
}

/// Fitted preprocessing: the training statistics, applied the same way to every split.
///
/// `apply` computes `(x − mean) ⊙ scale` for centring and standardizing, and
/// `(x − mean) · projection` for PCA and whitening (the projection's columns are the
/// covariance eigenvectors, divided by `√(λ + ε)` when whitening). The covariance
/// uses the unbiased `n − 1` divisor.
public struct Preprocessing: Equatable, Sendable {
    /// What was fitted.
    public let method: PreprocessingMethod
    /// Features expected on input.
    public let inputDimension: Int
    /// The training mean of each feature (zeros for `none`).
    public let mean: [Float]
    /// Per-feature multipliers after centring (ones unless standardizing).
    public let scale: [Float]
    /// `[inputDimension, outputDimension]` for PCA and whitening, else nil.
    public let projection: Matrix?
    /// The training variance along each kept component (PCA and whitening), largest first.
    public let componentVariances: [Double]

    /// Fitted statistics, as made by `fit(_:to:)`.
    init(method: PreprocessingMethod, mean: [Float], scale: [Float], projection: Matrix?, componentVariances: [Double]) {
        self.method = method
        self.inputDimension = mean.count
        self.mean = mean
        self.scale = scale
        self.projection = projection
        self.componentVariances = componentVariances
    }

    /// Features produced on output.
    public var outputDimension: Int { projection?.columns ?? inputDimension }

    /// Whether the output features are the input features (so an image shape still holds).
    public var keepsFeatures: Bool { projection == nil }

    /// `features` transformed with the fitted statistics.
    public func apply(to features: Matrix) throws(DataError) -> Matrix {
        guard features.columns == inputDimension else {
            throw .featureMismatch(expected: inputDimension, got: features.columns)
        }
        var centred = features
        let n = inputDimension
        centred.storage.withUnsafeMutableBufferPointer { p in
            for r in 0..<features.rows {
                for c in 0..<n { p[r * n + c] = (p[r * n + c] - mean[c]) * scale[c] }
            }
        }
        guard let projection else { return centred }
        var result = Matrix(rows: 0, columns: 0)
        Matrix.multiply(centred, projection, into: &result)
        return result
    }

    /// The data set with its features transformed; PCA and whitening drop the image shape
    /// and the feature names.
    public func apply(to dataset: Dataset) throws(DataError) -> Dataset {
        var result = dataset
        result.features = try apply(to: dataset.features)
        if !keepsFeatures {
            result.imageShape = nil
            result.featureNames = nil
        }
        return result
    }
}
