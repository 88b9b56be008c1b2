extension Network {
    /// Parameters of the layers that are not frozen: what training changes.
    public var trainableParameterCount: Int {
        layers.indices.filter { !isFrozen[$0] }.reduce(0) { $0 + layers[$1].parameterCount }
    }

    /// The index of the last linear layer, the head.
    public var headIndex: Int? { layers.lastIndex { $0 is Linear } }

    /// A copy whose last linear layer is a fresh one with `outputs` outputs (PyTorch's
    /// `nn.Linear` default initialization from `random`), trainable at the full rate; the
    /// other layers keep their weights, frozen flags and rate multipliers.
    public func replacingHead(outputs: Int, random: inout RandomSource) throws(ModelError) -> Network {
        guard let head = headIndex, case let .linear(inputs, _) = specs[head] else { throw .noLayers }
        var newSpecs = specs
        newSpecs[head] = .linear(inputs: inputs, outputs: outputs)
        try Network.validate(newSpecs)
        var newLayers = layers.map { $0.copy() }
        newLayers[head] = newSpecs[head].makeLayer(random: &random)
        let network = Network(layers: newLayers)
        network.isFrozen = isFrozen
        network.learningRateScales = learningRateScales
        network.isFrozen[head] = false
        network.learningRateScales[head] = 1
        return network
    }
}
