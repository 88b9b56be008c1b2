/// Inverted dropout: in training each unit is zeroed with probability `p` and the
/// survivors are scaled by 1/(1−p), so evaluation (the identity) needs no rescaling.
/// PyTorch's convention: `p` is the probability of dropping (the lecture slides' p keeps).
public final class Dropout: Layer {
    /// Probability of dropping a unit.
    public let probability: Double
    public var parameters: [Matrix] = []
    public var gradients: [Matrix] = []
    public var buffers: [Matrix] = []
    /// The cache: the mask of the last training pass, 0 or 1/(1−p) per unit.
    private var mask = Matrix(rows: 0, columns: 0)
    private var isMaskActive = false
    public var spec: LayerSpec { .dropout(probability: probability) }

    /// A dropout layer; `probability` must lie in [0, 1].
    public init(probability: Double) {
        precondition(probability >= 0 && probability <= 1, "dropout probability \(probability) outside [0, 1]")
        self.probability = probability
    }

    public func forward(_ input: Matrix, into output: inout Matrix, context: inout LayerContext) {
        output.reshape(rows: input.rows, columns: input.columns)
        isMaskActive = context.mode == .training && context.isDropoutEnabled && probability > 0
        guard isMaskActive else {
            output.storage.withUnsafeMutableBufferPointer { y in
                input.storage.withUnsafeBufferPointer { x in for i in x.indices { y[i] = x[i] } }
            }
            return
        }
        mask.reshape(rows: input.rows, columns: input.columns)
        let keepScale: Float = probability < 1 ? Float(1 / (1 - probability)) : 0
        mask.storage.withUnsafeMutableBufferPointer { m in
            for i in m.indices { m[i] = context.dropoutRandom.nextUniform() < probability ? 0 : keepScale }
        }
        output.storage.withUnsafeMutableBufferPointer { y in
            input.storage.withUnsafeBufferPointer { x in
                mask.storage.withUnsafeBufferPointer { m in for i in x.indices { y[i] = x[i] * m[i] } }
            }
        }
    }

    public func backward(input: Matrix, output: Matrix, outputGradient: Matrix, into inputGradient: inout Matrix,
                         computesInputGradient: Bool) {
        guard computesInputGradient else { return }
        inputGradient.reshape(rows: outputGradient.rows, columns: outputGradient.columns)
        inputGradient.storage.withUnsafeMutableBufferPointer { d in
            outputGradient.storage.withUnsafeBufferPointer { g in
                if isMaskActive {
                    mask.storage.withUnsafeBufferPointer { m in for i in g.indices { d[i] = g[i] * m[i] } }
                } else {
                    for i in g.indices { d[i] = g[i] }
                }
            }
        }
    }

    /// The mask of the last training pass (for the gradient check's reference path).
    public var lastMask: Matrix? { isMaskActive ? mask : nil }

    public func copy() -> any Layer { Dropout(probability: probability) }
}
