/// One trainable tensor's place in a network: its layer, its index in that layer,
/// and its slot, the number the optimizer keeps its state under.
public struct ParameterAddress: Sendable, Equatable {
    /// Index of the layer.
    public var layer: Int
    /// Index of the tensor within the layer (0 weight, 1 bias).
    public var index: Int
    /// Position among all the network's trainable tensors, frozen or not.
    public var slot: Int
}

extension Network {
    /// Every trainable tensor's address, frozen layers included.
    public var parameterAddresses: [ParameterAddress] {
        var addresses: [ParameterAddress] = []
        for (layerIndex, layer) in layers.enumerated() {
            for index in layer.parameters.indices {
                addresses.append(ParameterAddress(layer: layerIndex, index: index, slot: addresses.count))
            }
        }
        return addresses
    }

    /// Applies one optimizer step to every tensor of every layer that is not frozen, at
    /// the layer's multiple of `learningRate`, in place.
    public func applyUpdate(_ optimizer: inout some Optimizer, learningRate: Float) {
        forEachUpdatedTensor(learningRate: learningRate) { slot, layer, index, rate in
            optimizer.update(slot: slot, parameter: &layer.parameters[index].storage,
                             gradient: layer.gradients[index].storage, learningRate: rate)
        }
    }

    /// One optimizer step that leaves the parameters as they are: each updated tensor is
    /// written to `staged[slot]` and measured into `measures[slot]` (frozen slots get an
    /// empty measure). `commitStaged` then swaps the staged tensors in, so a step that
    /// went wrong is dropped without copying anything back.
    public func stageUpdate(_ optimizer: inout some Optimizer, learningRate: Float,
                            into staged: inout [[Float]], measures: inout [UpdateMeasure]) {
        let slots = layers.reduce(0) { $0 + $1.parameters.count }
        if staged.count != slots { staged = Array(repeating: [], count: slots) }
        if measures.count != slots { measures = Array(repeating: UpdateMeasure(), count: slots) }
        for slot in measures.indices { measures[slot] = UpdateMeasure() }
        forEachUpdatedTensor(learningRate: learningRate) { slot, layer, index, rate in
            let current = layer.parameters[index].storage
            if staged[slot].count != current.count { staged[slot] = current }
            measures[slot] = staged[slot].withUnsafeMutableBufferPointer { next in
                current.withUnsafeBufferPointer { theta in
                    layer.gradients[index].storage.withUnsafeBufferPointer { gradient in
                        optimizer.update(slot: slot, current: theta.baseAddress!, next: next.baseAddress!,
                                         gradient: gradient.baseAddress!, count: theta.count, learningRate: rate)
                    }
                }
            }
        }
    }

    /// Swaps the tensors of a `stageUpdate` in; `staged` then holds the tensors from before it.
    public func commitStaged(_ staged: inout [[Float]]) {
        forEachUpdatedTensor(learningRate: 0) { slot, layer, index, _ in
            swap(&layer.parameters[index].storage, &staged[slot])
        }
    }

    private func forEachUpdatedTensor(learningRate: Float, _ body: (_ slot: Int, _ layer: any Layer, _ index: Int, _ rate: Float) -> Void) {
        var slot = 0
        for (layerIndex, layer) in layers.enumerated() {
            for index in layer.parameters.indices {
                if !isFrozen[layerIndex] {
                    let scale = learningRateScales[layerIndex]
                    body(slot, layer, index, scale == 1 ? learningRate : learningRate * scale)
                }
                slot += 1
            }
        }
    }

    /// The global L2 norm of all trainable gradients.
    public func gradientNorm() -> Double {
        var total = 0.0
        for (layerIndex, layer) in layers.enumerated() where !isFrozen[layerIndex] {
            for gradient in layer.gradients { total += gradient.squaredNorm() }
        }
        return total.squareRoot()
    }

    /// Scales every gradient so the global norm is at most `maxNorm`
    /// (factor `maxNorm/(norm + 1e-6)` when below 1, as PyTorch's `clip_grad_norm_`).
    /// Returns the norm before clipping.
    @discardableResult
    public func clipGradients(maxNorm: Double, norm knownNorm: Double? = nil) -> Double {
        let norm = knownNorm ?? gradientNorm()
        let factor = maxNorm / (norm + 1e-6)
        if factor < 1 {
            for layer in layers { for index in layer.gradients.indices { layer.gradients[index].scale(by: Float(factor)) } }
        }
        return norm
    }

    /// ½λ₂·Σw² + λ₁·Σ|w| over the weights of linear layers (biases are not penalized).
    public func penalty(l2: Double, l1: Double) -> Double {
        let loss = LossFunction(l2: l2, l1: l1)
        guard loss.hasPenalty else { return 0 }
        var total = 0.0
        for layer in layers where layer is Linear {
            for w in layer.parameters[0].storage { total += loss.penalty(ofWeight: Double(w)) }
        }
        return total
    }

    /// Adds the penalty's gradient, λ₂·w + λ₁·sign(w), to each linear weight's gradient.
    public func addPenaltyGradients(l2: Double, l1: Double) {
        let loss = LossFunction(l2: l2, l1: l1)
        guard loss.hasPenalty else { return }
        for layer in layers where layer is Linear {
            let weights = layer.parameters[0]
            layer.gradients[0].storage.withUnsafeMutableBufferPointer { g in
                weights.storage.withUnsafeBufferPointer { w in
                    for i in g.indices { g[i] += Float(loss.penaltyDerivative(ofWeight: Double(w[i]))) }
                }
            }
        }
    }
}

extension Network {
    /// Re-initializes each linear layer's weight and bias with the scheme's initializer for it.
    public func initialize(with scheme: InitializationScheme, random: inout RandomSource) {
        let linear = layers.filter { $0 is Linear }
        precondition(linear.count == scheme.perLinearLayer.count, "the scheme has an initializer for each linear layer")
        for (layer, initializer) in zip(linear, scheme.perLinearLayer) {
            var weight = layer.parameters[0], bias = layer.parameters[1]
            initializer.initialize(weight: &weight, bias: &bias, random: &random)
            layer.parameters = [weight, bias]
        }
    }

    /// Re-initializes every linear layer's weight and bias with `initializer`.
    public func initialize(with initializer: Initializer, random: inout RandomSource) {
        let count = layers.count { $0 is Linear }
        initialize(with: InitializationScheme(name: initializer.description, perLinearLayer: Array(repeating: initializer, count: count)),
                   random: &random)
    }
}
