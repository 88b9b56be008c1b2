/// A description of one layer: what `model` builds and what a weights file records.
public enum LayerSpec: Sendable, Equatable, CustomStringConvertible {
    /// An affine map `y = x·Wᵀ + b` from `inputs` to `outputs` features.
    case linear(inputs: Int, outputs: Int)
    /// An elementwise nonlinearity.
    case activation(ActivationKind)
    /// Batch normalization over `features` columns.
    case batchNorm(features: Int)
    /// Inverted dropout that drops each unit with `probability`.
    case dropout(probability: Double)

    /// The layer this spec describes, with freshly initialized parameters
    /// (weights as PyTorch's `nn.Linear` default).
    public func makeLayer(random: inout RandomSource) -> any Layer {
        switch self {
        case let .linear(inputs, outputs): return Linear(inputs: inputs, outputs: outputs, random: &random)
        case let .activation(kind): return Activation(kind)
        case let .batchNorm(features): return BatchNorm(features: features)
        case let .dropout(probability): return Dropout(probability: probability)
        }
    }

    /// The word used in the language and in weight-file metadata.
    public var description: String {
        switch self {
        case let .linear(inputs, outputs): return "linear(\(inputs),\(outputs))"
        case let .activation(kind): return kind.rawValue
        case let .batchNorm(features): return "batchnorm(\(features))"
        case let .dropout(probability): return "dropout(\(probability))"
        }
    }
}
