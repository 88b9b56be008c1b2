/// Statistics of one parameter tensor's gradient.
public struct GradientStatistics: Sendable, Equatable {
    /// PyTorch `nn.Sequential` name, e.g. `0.weight`.
    public var name: String
    /// Index of the layer in the model (from 0).
    public var layer: Int
    /// ‖g‖ (Euclidean norm over every element).
    public var norm: Double
    /// Mean of |g|.
    public var meanAbs: Double
    /// Standard deviation of g (population).
    public var std: Double
    /// Largest |g|.
    public var maxAbs: Double
    /// Every element of g, as doubles.
    public var values: [Double]

    /// Statistics of `values`.
    public init(name: String, layer: Int, values: [Double]) {
        self.name = name
        self.layer = layer
        self.values = values
        let count = Double(max(values.count, 1))
        norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        meanAbs = values.reduce(0) { $0 + abs($1) } / count
        maxAbs = values.reduce(0) { max($0, abs($1)) }
        let mean = values.reduce(0, +) / count
        std = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / count).squareRoot()
    }
}

extension Network {
    /// The gradient of the loss (data loss plus penalties) on one batch, per parameter
    /// tensor, computed on a copy with dropout off and running statistics untouched, so
    /// nothing in this network moves.
    public func gradientStatistics(inputs: Matrix, labels: [Int], loss: LossFunction) -> [GradientStatistics] {
        let twin = copy()
        var context = LayerContext(mode: .training, dropoutRandom: RandomSource(seed: 0), updatesRunningStatistics: false)
        context.isDropoutEnabled = false
        twin.forward(inputs, context: &context)
        var scoreGradient = Matrix(rows: 0, columns: 0)
        _ = loss.evaluate(scores: twin.output, targets: LossTargets(labels), gradient: &scoreGradient)
        twin.backward(outputGradient: scoreGradient)
        twin.addPenaltyGradients(l2: loss.l2, l1: loss.l1)
        var result: [GradientStatistics] = []
        for (index, layer) in twin.layers.enumerated() {
            for (slot, gradient) in layer.gradients.enumerated() {
                let suffix = slot < layer.parameterNames.count ? layer.parameterNames[slot] : "\(slot)"
                result.append(GradientStatistics(name: "\(index).\(suffix)", layer: index, values: gradient.storage.map(Double.init)))
            }
        }
        return result
    }
}
