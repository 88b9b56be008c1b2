/// An ordered list of layers, numbered from 0 as a PyTorch `nn.Sequential` of the
/// same layers numbers them, with per-layer freezing and reused workspaces.
public final class Network {
    /// The layers, in the order they apply.
    public private(set) var layers: [any Layer]
    /// Whether each layer is frozen (skipped by the optimizer).
    public var isFrozen: [Bool]
    /// Each layer's learning-rate multiplier (1 unless fine-tuning at a lower rate).
    public var learningRateScales: [Float]
    private var activations: [Matrix]
    private var activationGradients: [Matrix]
    /// The activations of evaluation passes, kept apart so that a pass over a split in large
    /// chunks and the next training batch do not resize (and zero-fill) each other's buffers.
    private var evaluationActivations: [Matrix]
    /// The chunk of rows an evaluation pass copies out of a larger split.
    private var evaluationRows = Matrix(rows: 0, columns: 0)

    /// A network over existing layers.
    public init(layers: [any Layer]) {
        self.layers = layers
        isFrozen = Array(repeating: false, count: layers.count)
        learningRateScales = Array(repeating: 1, count: layers.count)
        activations = Array(repeating: Matrix(rows: 0, columns: 0), count: layers.count + 1)
        activationGradients = Array(repeating: Matrix(rows: 0, columns: 0), count: layers.count + 1)
        evaluationActivations = activations
    }

    /// A network built from specs after checking that sizes chain and fit in memory;
    /// linear layers start as PyTorch's `nn.Linear` default.
    public convenience init(specs: [LayerSpec], random: inout RandomSource) throws(ModelError) {
        try Network.validate(specs)
        self.init(layers: specs.map { $0.makeLayer(random: &random) })
    }

    /// The specs of the layers.
    public var specs: [LayerSpec] { layers.map(\.spec) }
    /// Number of input features.
    public var inputFeatures: Int { Network.inputFeatures(of: specs) ?? 0 }
    /// Number of outputs (classes).
    public var outputFeatures: Int {
        for spec in specs.reversed() { if case let .linear(_, outputs) = spec { return outputs } }
        return 0
    }
    /// Number of trainable scalars.
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }

    /// The output of the last forward pass.
    public var output: Matrix { activations[layers.count] }

    /// Runs every layer on `input`; read the result from `output`.
    public func forward(_ input: Matrix, context: inout LayerContext) {
        activations[0] = input
        for index in layers.indices {
            var result = Matrix(rows: 0, columns: 0)
            swap(&result, &activations[index + 1])
            layers[index].forward(activations[index], into: &result, context: &context)
            swap(&result, &activations[index + 1])
        }
    }

    /// Backpropagates ∂L/∂output through every layer, setting each layer's `gradients`.
    public func backward(outputGradient: Matrix) {
        activationGradients[layers.count] = outputGradient
        for index in layers.indices.reversed() {
            var inputGradient = Matrix(rows: 0, columns: 0)
            swap(&inputGradient, &activationGradients[index])
            layers[index].backward(input: activations[index], output: activations[index + 1],
                                   outputGradient: activationGradients[index + 1], into: &inputGradient,
                                   computesInputGradient: index > 0)
            swap(&inputGradient, &activationGradients[index])
        }
        activationGradients[layers.count] = Matrix(rows: 0, columns: 0)
    }

    /// The scores for `input` in evaluation mode (a new matrix), computed in chunks that
    /// fit `MemoryBudget`.
    public func predict(_ input: Matrix) -> Matrix {
        var result = Matrix(rows: input.rows, columns: outputFeatures)
        forEachEvaluationChunk(of: input) { range, scores in
            scores.storage.withUnsafeBufferPointer { source in
                result.storage.withUnsafeMutableBufferPointer { target in
                    (target.baseAddress! + range.lowerBound * result.columns).update(from: source.baseAddress!, count: source.count)
                }
            }
        }
        return result
    }

    /// Runs `input` forward in evaluation mode in chunks that fit `MemoryBudget`, handing
    /// `body` each chunk's rows and scores, in order, on the evaluation workspaces.
    func forEachEvaluationChunk(of input: Matrix, _ body: (Range<Int>, Matrix) -> Void) {
        var context = LayerContext.evaluation
        let chunk = evaluationChunk()
        swap(&activations, &evaluationActivations)
        defer { swap(&activations, &evaluationActivations) }
        guard input.rows > chunk else {
            forward(input, context: &context)
            return body(0..<input.rows, output)
        }
        var rows = Matrix(rows: 0, columns: 0)
        swap(&rows, &evaluationRows)
        defer { swap(&rows, &evaluationRows) }
        for start in stride(from: 0, to: input.rows, by: chunk) {
            let range = start..<min(start + chunk, input.rows)
            input.gatherRows(range, into: &rows)
            forward(rows, context: &context)
            body(range, output)
        }
    }

    /// An independent copy: same parameters, buffers, frozen flags and rate multipliers, fresh workspaces.
    public func copy() -> Network {
        let twin = Network(layers: layers.map { $0.copy() })
        twin.isFrozen = isFrozen
        twin.learningRateScales = learningRateScales
        return twin
    }
}

extension Network {
    /// Every layer's output for `input` in evaluation mode (for activation statistics).
    public func layerOutputs(_ input: Matrix) -> [Matrix] {
        var context = LayerContext.evaluation
        forward(input, context: &context)
        return Array(activations[1...])
    }
}
