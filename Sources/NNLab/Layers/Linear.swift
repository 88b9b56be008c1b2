/// A fully connected layer: `y = x·Wᵀ + b`, with `W` stored [outputs, inputs] as PyTorch does.
///
/// Backward: `∂L/∂W = (∂L/∂y)ᵀ·x`, `∂L/∂b = Σ_rows ∂L/∂y`, `∂L/∂x = (∂L/∂y)·W`.
public final class Linear: Layer {
    public var parameters: [Matrix]
    public var gradients: [Matrix]
    public var buffers: [Matrix] = []
    private var biasGradientSums: [Float] = []
    private var ones: [Float] = []

    /// Number of input features.
    public var inputs: Int { parameters[0].columns }
    /// Number of output features.
    public var outputs: Int { parameters[0].rows }
    public var spec: LayerSpec { .linear(inputs: inputs, outputs: outputs) }

    /// A layer initialized as PyTorch's `nn.Linear` is: weight and bias from U(±1/√inputs).
    public init(inputs: Int, outputs: Int, random: inout RandomSource) {
        var weight = Matrix(rows: outputs, columns: inputs)
        var bias = Matrix(rows: 1, columns: outputs)
        Initializer.pytorchDefault.initialize(weight: &weight, bias: &bias, random: &random)
        parameters = [weight, bias]
        gradients = [Matrix(rows: outputs, columns: inputs), Matrix(rows: 1, columns: outputs)]
    }

    /// A layer with the given weight [outputs, inputs] and bias [1, outputs].
    public init(weight: Matrix, bias: Matrix) {
        precondition(bias.rows == 1 && bias.columns == weight.rows, "Linear: bias \(bias.rows)x\(bias.columns) for weight \(weight.rows)x\(weight.columns)")
        parameters = [weight, bias]
        gradients = [Matrix(rows: weight.rows, columns: weight.columns), Matrix(rows: 1, columns: weight.rows)]
    }

    public func forward(_ input: Matrix, into output: inout Matrix, context: inout LayerContext) {
        precondition(input.columns == inputs, "Linear: input has \(input.columns) features, layer expects \(inputs)")
        output.reshape(rows: input.rows, columns: outputs)
        output.fillRows(with: parameters[1].storage)
        Matrix.multiply(input, parameters[0], transposingB: true, into: &output, beta: 1)
    }

    public func backward(input: Matrix, output: Matrix, outputGradient: Matrix, into inputGradient: inout Matrix,
                         computesInputGradient: Bool) {
        Matrix.multiply(outputGradient, input, transposingA: true, into: &gradients[0])
        outputGradient.sumOverRows(into: &biasGradientSums, ones: &ones)
        gradients[1].storage.withUnsafeMutableBufferPointer { target in
            for i in target.indices { target[i] = biasGradientSums[i] }
        }
        if computesInputGradient { Matrix.multiply(outputGradient, parameters[0], into: &inputGradient) }
    }

    public func copy() -> any Layer {
        Linear(weight: parameters[0], bias: parameters[1])
    }
}
