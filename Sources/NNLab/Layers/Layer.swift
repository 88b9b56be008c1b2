/// Whether a network is learning or being measured.
public enum Mode: Sendable, Equatable {
    /// Dropout drops, batch norm uses batch statistics.
    case training
    /// Dropout is the identity, batch norm uses its running statistics.
    case evaluation
}

/// What a forward pass needs besides its input: the mode, whether batch norm may
/// update its running statistics, and the dropout stream.
public struct LayerContext: Sendable {
    /// Training or evaluation.
    public var mode: Mode
    /// Whether batch norm updates its running statistics (off for experiments
    /// such as the gradient check, which must not change the model).
    public var updatesRunningStatistics: Bool
    /// The stream dropout masks are drawn from.
    public var dropoutRandom: RandomSource
    /// Whether dropout layers drop in training mode (the gradient check turns it off).
    public var isDropoutEnabled = true

    /// A context; running statistics update in training mode unless told otherwise.
    public init(mode: Mode, dropoutRandom: RandomSource, updatesRunningStatistics: Bool? = nil) {
        self.mode = mode
        self.dropoutRandom = dropoutRandom
        self.updatesRunningStatistics = updatesRunningStatistics ?? (mode == .training)
    }

    /// An evaluation context (no randomness is drawn in evaluation).
    public static var evaluation: LayerContext {
        LayerContext(mode: .evaluation, dropoutRandom: RandomSource(seed: 0))
    }
}

/// One layer of a network: a forward pass, its backward pass beside it, and the
/// cache between them kept in the layer's own workspaces.
///
/// Layers are classes so that a training step updates their workspaces in place and
/// allocates nothing after the first step; `copy()` gives an independent layer.
public protocol Layer: AnyObject {
    /// What the layer is, enough to rebuild it.
    var spec: LayerSpec { get }
    /// Trainable tensors, in PyTorch's order and layout (`weight` [out, in], then `bias`).
    var parameters: [Matrix] { get set }
    /// The gradient of the loss with respect to each parameter, from the last backward pass.
    var gradients: [Matrix] { get set }
    /// Tensors that are state but not trained (batch norm's running statistics).
    var buffers: [Matrix] { get set }
    /// Computes the output for `input` (rows are samples) into `output`.
    func forward(_ input: Matrix, into output: inout Matrix, context: inout LayerContext)
    /// Given ∂L/∂output, sets `gradients` and, when `computesInputGradient`, writes
    /// ∂L/∂input (the first layer's is never needed); uses the cache of the last forward
    /// pass, whose input and output are passed back in.
    func backward(input: Matrix, output: Matrix, outputGradient: Matrix, into inputGradient: inout Matrix,
                  computesInputGradient: Bool)
    /// An independent copy with the same parameters and buffers.
    func copy() -> any Layer
}

extension Layer {
    /// Names of the parameters, in order, as PyTorch names them.
    public var parameterNames: [String] { parameters.isEmpty ? [] : ["weight", "bias"] }
    /// Number of trainable scalars.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }
}
