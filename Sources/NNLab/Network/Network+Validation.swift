extension Network {
    /// The input size of a stack of specs: the first linear layer's inputs.
    static func inputFeatures(of specs: [LayerSpec]) -> Int? {
        for spec in specs { if case let .linear(inputs, _) = spec { return inputs } }
        return nil
    }

    /// Checks that sizes are sane and chain from layer to layer, and that the model fits.
    public static func validate(_ specs: [LayerSpec]) throws(ModelError) {
        guard var width = inputFeatures(of: specs) else { throw .noLayers }
        var total = 0
        for (index, spec) in specs.enumerated() {
            switch spec {
            case let .linear(inputs, outputs):
                for size in [inputs, outputs] where size < 1 || size > ModelError.parameterLimit {
                    throw .invalidSize(layer: index, size: size)
                }
                guard inputs == width else { throw .sizeMismatch(layer: index, expected: inputs, found: width) }
                let (weights, overflow) = inputs.multipliedReportingOverflow(by: outputs)
                guard !overflow else { throw .tooManyParameters(count: Int.max, limit: ModelError.parameterLimit) }
                total += weights + outputs
                width = outputs
            case let .batchNorm(features):
                guard features == width else { throw .sizeMismatch(layer: index, expected: features, found: width) }
                total += 2 * features
            case let .dropout(probability):
                guard probability >= 0, probability < 1 else { throw .invalidDropout(layer: index, probability: probability) }
            case .activation:
                break
            }
            guard total <= ModelError.parameterLimit else {
                throw .tooManyParameters(count: total, limit: ModelError.parameterLimit)
            }
        }
    }

    /// Checks that data fits this model: features, labels, finiteness, non-emptiness.
    public func validate(inputs: Matrix, labels: [Int]) throws(ModelError) {
        guard inputs.rows > 0 else { throw .emptyData }
        guard inputs.columns == inputFeatures else {
            throw .featureMismatch(dataFeatures: inputs.columns, modelInputs: inputFeatures)
        }
        let outputs = outputFeatures
        if let bad = labels.first(where: { $0 < 0 || $0 >= outputs }) {
            throw .labelOutOfRange(label: bad, outputs: outputs)
        }
        if !inputs.isFinite, let index = inputs.storage.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteInput(row: index / inputs.columns, column: index % inputs.columns)
        }
    }
}
