/// What follows a size in a model description, in the order it applies.
public enum LayerOperation: Hashable, Sendable {
    /// `relu`
    case relu
    /// `tanh`
    case tanh
    /// `sigmoid`
    case sigmoid
    /// `leaky` or `leaky(0.1)`: leaky ReLU with this negative slope (default 0.01, PyTorch's).
    case leakyReLU(slope: Double)
    /// `elu` or `elu(1.0)`: ELU with this alpha (default 1).
    case elu(alpha: Double)
    /// `gelu`: the exact (erf) form, PyTorch's default.
    case gelu
    /// `batchnorm`: batch normalization over features (eps 1e-5, momentum 0.1).
    case batchNorm
    /// `dropout` or `dropout(0.5)`: drops with probability p (PyTorch's convention).
    case dropout(probability: Double)

    /// The layer words in help order.
    public static let words = ["relu", "tanh", "sigmoid", "leaky", "elu", "gelu", "batchnorm", "dropout"]
}

/// A model description with repetitions expanded, sizes checked and the parameter count known.
///
/// `stages[0]` is the input (its operations, if any, apply to the inputs); each later stage
/// is a `Linear(previous.units, units)` followed by its operations in order.
public struct CheckedModel: Hashable, Sendable {
    /// One width and what follows its linear layer.
    public struct Stage: Hashable, Sendable {
        /// The width (features for the input stage).
        public let units: Int
        /// Operations in the order they apply.
        public let operations: [LayerOperation]
    }

    /// The stages, input first.
    public let stages: [Stage]
    /// Trainable parameters of the linear layers and batch norms.
    public let parameterCount: Int
    /// Where the input size and the last stage are typed, for pointing at a size that does not
    /// fit the data; not part of what the model is, so equality ignores them.
    public var inputRange: SourceRange?, outputRange: SourceRange?

    public static func == (a: CheckedModel, b: CheckedModel) -> Bool {
        a.stages == b.stages && a.parameterCount == b.parameterCount
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(stages)
        hasher.combine(parameterCount)
    }

    /// The widths in order, e.g. [2, 100, 3].
    public var sizes: [Int] { stages.map(\.units) }
}
