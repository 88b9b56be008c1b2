import CFastMath
import Elementary

/// An elementwise nonlinearity layer; `ActivationKind` documents each formula.
///
/// The loops are concrete `Float` code. Backward reads the cached input `x` and
/// output `y` of the forward pass: tanh′ = 1 − y², σ′ = y(1 − y), ELU′ = y + 1 for x ≤ 0.
public final class Activation: Layer {
    /// Which nonlinearity.
    public let kind: ActivationKind
    public var parameters: [Matrix] = []
    public var gradients: [Matrix] = []
    public var buffers: [Matrix] = []
    public var spec: LayerSpec { .activation(kind) }

    /// A layer applying `kind`.
    public init(_ kind: ActivationKind) { self.kind = kind }

    public func forward(_ input: Matrix, into output: inout Matrix, context: inout LayerContext) {
        output.reshape(rows: input.rows, columns: input.columns)
        let kind = self.kind
        let slope = Float(ActivationKind.leakySlope)
        input.storage.withUnsafeBufferPointer { x in
            output.storage.withUnsafeMutableBufferPointer { y in
                switch kind {
                case .relu: nnlab_relu(x.baseAddress, y.baseAddress, x.count)
                case .leakyReLU: for i in x.indices { let xi = x[i]; y[i] = xi > 0 ? xi : slope * xi }
                case .tanh: for i in x.indices { y[i] = Float(Math.tanh(Double(x[i]))) }
                case .sigmoid: for i in x.indices { y[i] = 1 / (1 + Float(Math.exp(Double(-x[i])))) }
                case .elu: for i in x.indices { y[i] = x[i] > 0 ? x[i] : Float(Math.expm1(Double(x[i]))) }
                case .gelu: for i in x.indices { y[i] = 0.5 * x[i] * (1 + Float(Math.erf(Double(x[i] * Float(0.5).squareRoot())))) }
                }
            }
        }
    }

    public func backward(input: Matrix, output: Matrix, outputGradient: Matrix, into inputGradient: inout Matrix,
                         computesInputGradient: Bool) {
        guard computesInputGradient else { return }
        inputGradient.reshape(rows: input.rows, columns: input.columns)
        let kind = self.kind
        let slope = Float(ActivationKind.leakySlope)
        let inverseRootTwoPi = 1 / (2 * Float.pi).squareRoot()
        input.storage.withUnsafeBufferPointer { x in
            output.storage.withUnsafeBufferPointer { y in
                outputGradient.storage.withUnsafeBufferPointer { g in
                    inputGradient.storage.withUnsafeMutableBufferPointer { d in
                        switch kind {
                        // Loading g[i] before the comparison lets the loops vectorize.
                        case .relu: nnlab_relu_backward(x.baseAddress, g.baseAddress, d.baseAddress, x.count)
                        case .leakyReLU: for i in x.indices { let gi = g[i]; d[i] = x[i] > 0 ? gi : slope * gi }
                        case .tanh: for i in x.indices { d[i] = g[i] * (1 - y[i] * y[i]) }
                        case .sigmoid: for i in x.indices { d[i] = g[i] * y[i] * (1 - y[i]) }
                        case .elu: for i in x.indices { let gi = g[i], yi = y[i]; d[i] = x[i] > 0 ? gi : gi * (yi + 1) }
                        case .gelu:
                            for i in x.indices {
                                let cdf = 0.5 * (1 + Float(Math.erf(Double(x[i] * Float(0.5).squareRoot()))))
                                d[i] = g[i] * (cdf + x[i] * Float(Math.exp(Double(-0.5 * x[i] * x[i]))) * inverseRootTwoPi)
                            }
                        }
                    }
                }
            }
        }
    }

    public func copy() -> any Layer { Activation(kind) }
}
