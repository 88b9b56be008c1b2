/// Batch normalization over features (PyTorch's `BatchNorm1d`):
/// `x̂ = (x − μ)/√(σ² + ε)`, `y = γ·x̂ + β`, with ε = 1e-5.
///
/// Training normalizes by the batch's mean and biased variance and moves the running
/// statistics by momentum 0.1 (the running variance uses the unbiased estimate);
/// evaluation normalizes by the running statistics. Backward in training:
/// `∂L/∂x = (1/N)·(1/√(σ²+ε))·(N·g − Σg − x̂·Σ(g·x̂))` with `g = γ·∂L/∂y`.
public final class BatchNorm: Layer {
    /// ε added to the variance.
    public static let epsilon: Float = 1e-5
    /// Weight of the newest batch in the running statistics.
    public static let momentum: Float = 0.1

    public var parameters: [Matrix]
    public var gradients: [Matrix]
    /// Running mean and running variance, [1, features] each.
    public var buffers: [Matrix]
    /// Number of training batches seen (PyTorch's `num_batches_tracked`).
    public var batchesTracked = 0

    private var normalized = Matrix(rows: 0, columns: 0)
    private var inverseStd: [Float] = []
    private var columnMeans: [Float] = []
    private var ones: [Float] = []
    private var usedBatchStatistics = false

    /// Number of features normalized.
    public var features: Int { parameters[0].columns }
    public var spec: LayerSpec { .batchNorm(features: features) }

    /// A layer with γ = 1, β = 0, running mean 0 and running variance 1.
    public init(features: Int) {
        parameters = [Matrix(rows: 1, columns: features, repeating: 1), Matrix(rows: 1, columns: features)]
        gradients = [Matrix(rows: 1, columns: features), Matrix(rows: 1, columns: features)]
        buffers = [Matrix(rows: 1, columns: features), Matrix(rows: 1, columns: features, repeating: 1)]
    }

    public func forward(_ input: Matrix, into output: inout Matrix, context: inout LayerContext) {
        precondition(input.columns == features, "BatchNorm: input has \(input.columns) features, layer expects \(features)")
        usedBatchStatistics = context.mode == .training
        if usedBatchStatistics {
            computeBatchStatistics(input, updatingRunning: context.updatesRunningStatistics)
        } else {
            computeRunningStatistics()
        }
        normalize(input, into: &output)
    }

    private func computeBatchStatistics(_ input: Matrix, updatingRunning: Bool) {
        let n = input.rows, f = features
        input.sumOverRows(into: &columnMeans, ones: &ones)
        for c in 0..<f { columnMeans[c] /= Float(max(n, 1)) }
        if inverseStd.count != f { inverseStd = [Float](repeating: 0, count: f) }
        for c in 0..<f { inverseStd[c] = 0 }
        input.storage.withUnsafeBufferPointer { x in
            for r in 0..<n { for c in 0..<f { let d = x[r * f + c] - columnMeans[c]; inverseStd[c] += d * d } }
        }
        let momentum = BatchNorm.momentum
        for c in 0..<f {
            let biased = inverseStd[c] / Float(max(n, 1))
            if updatingRunning {
                let unbiased = n > 1 ? inverseStd[c] / Float(n - 1) : biased
                buffers[0].storage[c] = (1 - momentum) * buffers[0].storage[c] + momentum * columnMeans[c]
                buffers[1].storage[c] = (1 - momentum) * buffers[1].storage[c] + momentum * unbiased
            }
            inverseStd[c] = 1 / (biased + BatchNorm.epsilon).squareRoot()
        }
        if updatingRunning { batchesTracked += 1 }
    }

    private func computeRunningStatistics() {
        let f = features
        if inverseStd.count != f { inverseStd = [Float](repeating: 0, count: f) }
        if columnMeans.count != f { columnMeans = [Float](repeating: 0, count: f) }
        for c in 0..<f {
            columnMeans[c] = buffers[0].storage[c]
            inverseStd[c] = 1 / (buffers[1].storage[c] + BatchNorm.epsilon).squareRoot()
        }
    }

    private func normalize(_ input: Matrix, into output: inout Matrix) {
        let n = input.rows, f = features
        normalized.reshape(rows: n, columns: f)
        output.reshape(rows: n, columns: f)
        input.storage.withUnsafeBufferPointer { x in
            normalized.storage.withUnsafeMutableBufferPointer { h in
                output.storage.withUnsafeMutableBufferPointer { y in
                    for r in 0..<n {
                        for c in 0..<f {
                            let i = r * f + c
                            h[i] = (x[i] - columnMeans[c]) * inverseStd[c]
                            y[i] = parameters[0].storage[c] * h[i] + parameters[1].storage[c]
                        }
                    }
                }
            }
        }
    }

    public func backward(input: Matrix, output: Matrix, outputGradient: Matrix, into inputGradient: inout Matrix,
                         computesInputGradient: Bool) {
        let n = outputGradient.rows, f = features
        inputGradient.reshape(rows: n, columns: f)
        for c in 0..<f { gradients[0].storage[c] = 0; gradients[1].storage[c] = 0 }
        outputGradient.storage.withUnsafeBufferPointer { g in
            normalized.storage.withUnsafeBufferPointer { h in
                for r in 0..<n {
                    for c in 0..<f {
                        gradients[1].storage[c] += g[r * f + c]
                        gradients[0].storage[c] += g[r * f + c] * h[r * f + c]
                    }
                }
                inputGradient.storage.withUnsafeMutableBufferPointer { d in
                    for r in 0..<n {
                        for c in 0..<f {
                            let i = r * f + c
                            let scale = parameters[0].storage[c] * inverseStd[c]
                            if usedBatchStatistics {
                                let sumG = gradients[1].storage[c], sumGH = gradients[0].storage[c]
                                d[i] = scale * (g[i] - (sumG + h[i] * sumGH) / Float(n))
                            } else {
                                d[i] = scale * g[i]
                            }
                        }
                    }
                }
            }
        }
    }

    public func copy() -> any Layer {
        let twin = BatchNorm(features: features)
        twin.parameters = parameters
        twin.buffers = buffers
        twin.batchesTracked = batchesTracked
        return twin
    }
}
