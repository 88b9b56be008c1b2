/// The gradient check's reference path: the same network evaluated in `Double` with
/// plain loops, from the Float network's parameters (Float → Double is exact).
///
/// Batch norm uses batch statistics (training mode); dropout applies the masks the
/// Float network drew, or none when dropout is off.
struct ReferenceNetwork {
    var specs: [LayerSpec]
    var parameters: [[DoubleMatrix]]
    var dropoutMasks: [Int: DoubleMatrix]

    init(_ network: Network, dropoutMasks: [Int: Matrix]) {
        specs = network.specs
        parameters = network.layers.map { $0.parameters.map(DoubleMatrix.init) }
        self.dropoutMasks = dropoutMasks.mapValues(DoubleMatrix.init)
    }

    /// Each layer's input, and the output last.
    func forward(_ input: DoubleMatrix) -> [DoubleMatrix] {
        var values = [input]
        for (index, spec) in specs.enumerated() {
            values.append(forward(layer: index, spec: spec, values[index]))
        }
        return values
    }

    /// The output of the layers from `first` on, given the input of layer `first`.
    func output(from first: Int, input: DoubleMatrix) -> DoubleMatrix {
        var value = input
        for index in first..<specs.count {
            value = forward(layer: index, spec: specs[index], value)
        }
        return value
    }

    private func forward(layer index: Int, spec: LayerSpec, _ x: DoubleMatrix) -> DoubleMatrix {
        switch spec {
        case .linear:
            var y = x.multiplyTransposed(parameters[index][0])
            for r in 0..<y.rows { for c in 0..<y.columns { y[r, c] += parameters[index][1].storage[c] } }
            return y
        case let .activation(kind):
            var y = x
            for i in y.storage.indices { y.storage[i] = kind.value(x.storage[i]) }
            return y
        case .batchNorm:
            let (normalized, _) = batchNormalize(x)
            var y = normalized
            for r in 0..<y.rows {
                for c in 0..<y.columns { y[r, c] = parameters[index][0].storage[c] * y[r, c] + parameters[index][1].storage[c] }
            }
            return y
        case .dropout:
            guard let mask = dropoutMasks[index] else { return x }
            var y = x
            for i in y.storage.indices { y.storage[i] *= mask.storage[i] }
            return y
        }
    }

    /// x̂ and 1/√(σ²+ε) per column, with the batch's biased variance.
    private func batchNormalize(_ x: DoubleMatrix) -> (DoubleMatrix, [Double]) {
        var normalized = x
        var inverseStd = [Double](repeating: 0, count: x.columns)
        let n = Double(x.rows)
        for c in 0..<x.columns {
            var mean = 0.0
            for r in 0..<x.rows { mean += x[r, c] }
            mean /= n
            var variance = 0.0
            for r in 0..<x.rows { variance += (x[r, c] - mean) * (x[r, c] - mean) }
            inverseStd[c] = 1 / (variance / n + Double(BatchNorm.epsilon)).squareRoot()
            for r in 0..<x.rows { normalized[r, c] = (x[r, c] - mean) * inverseStd[c] }
        }
        return (normalized, inverseStd)
    }

    /// ∂L/∂parameters for every layer, given every layer's input and ∂L/∂output.
    func backward(values: [DoubleMatrix], outputGradient: DoubleMatrix) -> [[DoubleMatrix]] {
        var gradients = parameters.map { $0.map { DoubleMatrix(rows: $0.rows, columns: $0.columns) } }
        var g = outputGradient
        for index in specs.indices.reversed() {
            g = backward(layer: index, input: values[index], outputGradient: g, parameterGradients: &gradients[index])
        }
        return gradients
    }

    private func backward(layer index: Int, input x: DoubleMatrix, outputGradient g: DoubleMatrix,
                          parameterGradients: inout [DoubleMatrix]) -> DoubleMatrix {
        switch specs[index] {
        case .linear:
            parameterGradients[0] = g.transposeMultiply(x)
            for r in 0..<g.rows { for c in 0..<g.columns { parameterGradients[1].storage[c] += g[r, c] } }
            return g.multiply(parameters[index][0])
        case let .activation(kind):
            var d = g
            for i in d.storage.indices { d.storage[i] *= kind.derivative(x.storage[i]) }
            return d
        case .batchNorm:
            return batchNormBackward(layer: index, input: x, outputGradient: g, parameterGradients: &parameterGradients)
        case .dropout:
            guard let mask = dropoutMasks[index] else { return g }
            var d = g
            for i in d.storage.indices { d.storage[i] *= mask.storage[i] }
            return d
        }
    }

    private func batchNormBackward(layer index: Int, input x: DoubleMatrix, outputGradient g: DoubleMatrix,
                                   parameterGradients: inout [DoubleMatrix]) -> DoubleMatrix {
        let (normalized, inverseStd) = batchNormalize(x)
        let n = Double(x.rows)
        var d = g
        for c in 0..<x.columns {
            var sumG = 0.0, sumGH = 0.0
            for r in 0..<x.rows { sumG += g[r, c]; sumGH += g[r, c] * normalized[r, c] }
            parameterGradients[0].storage[c] = sumGH
            parameterGradients[1].storage[c] = sumG
            let scale = parameters[index][0].storage[c] * inverseStd[c]
            for r in 0..<x.rows { d[r, c] = scale * (g[r, c] - (sumG + normalized[r, c] * sumGH) / n) }
        }
        return d
    }
}
