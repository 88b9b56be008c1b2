/// Why a model cannot be built or cannot take some data; each case explains the fix.
public enum ModelError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A model needs at least one linear layer.
    case noLayers
    /// A layer's input size differs from the previous layer's output size.
    case sizeMismatch(layer: Int, expected: Int, found: Int)
    /// A size is zero, negative, or too large to allocate.
    case invalidSize(layer: Int, size: Int)
    /// The whole model would need more parameters than nnlab allows.
    case tooManyParameters(count: Int, limit: Int)
    /// The data's feature count differs from the model's input size.
    case featureMismatch(dataFeatures: Int, modelInputs: Int)
    /// A label is outside the model's output range.
    case labelOutOfRange(label: Int, outputs: Int)
    /// There are no samples.
    case emptyData
    /// The inputs hold a NaN or an infinity.
    case nonFiniteInput(row: Int, column: Int)
    /// A dropout probability outside [0, 1).
    case invalidDropout(layer: Int, probability: Double)

    /// The largest model nnlab builds (100 million parameters, 400 MB of weights).
    public static let parameterLimit = 100_000_000

    public var description: String {
        switch self {
        case .noLayers:
            return "the model has no linear layer; write sizes joined by arrows, e.g. 2 -> 100 relu -> 3"
        case let .sizeMismatch(layer, expected, found):
            return "layer \(layer) expects \(expected) inputs but the layer before gives \(found); make the sizes agree"
        case let .invalidSize(layer, size):
            return "layer \(layer) has size \(size); sizes must be whole numbers from 1 to \(ModelError.parameterLimit)"
        case let .tooManyParameters(count, limit):
            return "the model would have \(count) parameters, more than the limit of \(limit); use smaller layers"
        case let .featureMismatch(dataFeatures, modelInputs):
            return "the data has \(dataFeatures) features but the model's first size is \(modelInputs); start the model with \(dataFeatures)"
        case let .labelOutOfRange(label, outputs):
            return "label \(label) does not fit a model with \(outputs) outputs; end the model with the number of classes"
        case .emptyData:
            return "there are no samples; load or generate data first (e.g. data spiral)"
        case let .nonFiniteInput(row, column):
            return "sample \(row + 1), feature \(column + 1) is not a finite number; clean the data or preprocess it"
        case let .invalidDropout(layer, probability):
            return "layer \(layer) drops with probability \(probability); use a value from 0 up to (not including) 1"
        }
    }
}
