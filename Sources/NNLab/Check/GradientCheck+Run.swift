/// The gradient check: analytic gradients against centered differences, in `Double`.
public enum GradientCheck {
    /// Checks every parameter tensor of `network` on `inputs` (a few samples), at most
    /// `options.maxElementsPerTensor` entries of each (a seeded random sample beyond it,
    /// as cs231n's sparse check does). The network is not changed: batch norm's running
    /// statistics do not move.
    ///
    /// `onProgress` hears (entries done, entries to do) after each entry; `isCancelled`
    /// is polled as often, and true ends the check early with what was done so far
    /// (`GradientCheckResult.isComplete` is then false).
    public static func run(network: Network, inputs: Matrix, labels: [Int], loss: LossFunction,
                           options: GradientCheckOptions = GradientCheckOptions(),
                           random: inout RandomSource,
                           onProgress: (_ done: Int, _ total: Int) -> Void = { _, _ in },
                           isCancelled: () -> Bool = { false }) -> GradientCheckResult {
        let loss = options.includesPenalty ? loss : LossFunction(kind: loss.kind, smoothing: loss.smoothing)
        let (floatGradients, masks) = float32Gradients(network: network, inputs: inputs, labels: labels,
                                                       loss: loss, options: options, random: &random)
        var reference = ReferenceNetwork(network, dropoutMasks: masks)
        let x = DoubleMatrix(inputs)
        let targets = LossTargets(labels)
        let values = reference.forward(x)
        let analytic = referenceGradients(reference, values: values, targets: targets, loss: loss)
        let plan = network.parameterAddresses.map { address in
            let count = reference.parameters[address.layer][address.index].storage.count
            return (address, count, chooseElements(count: count, limit: options.maxElementsPerTensor, random: &random))
        }
        let total = plan.reduce(0) { $0 + $1.2.count }
        var result = GradientCheckResult(tensors: [], entriesPlanned: total)
        var done = 0
        for (address, count, elements) in plan {
            var worst = 0.0, worstFloat = 0.0, checked = 0
            for element in elements {
                if isCancelled() { break }
                let (numeric, noise) = centeredDifference(&reference, address: address, element: element, step: options.step,
                                                          values: values, targets: targets, loss: loss)
                let a = analytic[address.layer][address.index].storage[element]
                worst = max(worst, abs(a - numeric) <= noise ? 0 : relativeError(a, numeric))
                result.largestRoundingNoise = max(result.largestRoundingNoise, noise)
                let scale = max(abs(a), abs(numeric))
                if scale > 0 { result.largestNoiseRatio = max(result.largestNoiseRatio, noise / scale) }
                let f = Double(floatGradients[address.slot].storage[element])
                worstFloat = max(worstFloat, relativeError(f, numeric))
                checked += 1
                done += 1
                onProgress(done, total)
            }
            guard checked > 0 || elements.isEmpty else { break }
            let name = "\(address.layer).\(network.layers[address.layer].parameterNames[address.index])"
            result.tensors.append(TensorGradientCheck(name: name, layer: address.layer, elementsChecked: checked,
                                                      elementCount: count, relativeError: worst,
                                                      float32RelativeError: worstFloat))
            if checked < elements.count { break }
        }
        return result
    }

    /// The training path's gradients on a copy (so nothing in `network` moves), and the
    /// dropout masks it drew, which the reference path then reuses.
    private static func float32Gradients(network: Network, inputs: Matrix, labels: [Int], loss: LossFunction,
                                         options: GradientCheckOptions,
                                         random: inout RandomSource) -> ([Matrix], [Int: Matrix]) {
        let twin = network.copy()
        var context = LayerContext(mode: .training, dropoutRandom: random, updatesRunningStatistics: false)
        context.isDropoutEnabled = options.isDropoutEnabled
        twin.forward(inputs, context: &context)
        random = context.dropoutRandom
        var scoreGradient = Matrix(rows: 0, columns: 0)
        _ = loss.evaluate(scores: twin.output, targets: LossTargets(labels), gradient: &scoreGradient)
        twin.backward(outputGradient: scoreGradient)
        twin.addPenaltyGradients(l2: loss.l2, l1: loss.l1)
        var masks: [Int: Matrix] = [:]
        for (index, layer) in twin.layers.enumerated() {
            if let dropout = layer as? Dropout, let mask = dropout.lastMask { masks[index] = mask }
        }
        return (twin.parameterAddresses.map { twin.layers[$0.layer].gradients[$0.index] }, masks)
    }

    private static func referenceGradients(_ reference: ReferenceNetwork, values: [DoubleMatrix], targets: LossTargets,
                                           loss: LossFunction) -> [[DoubleMatrix]] {
        var scoreGradient = DoubleMatrix(rows: 0, columns: 0)
        _ = loss.evaluate(scores: values[values.count - 1], targets: targets, gradient: &scoreGradient)
        var gradients = reference.backward(values: values, outputGradient: scoreGradient)
        for (index, spec) in reference.specs.enumerated() {
            guard case .linear = spec else { continue }
            for (i, w) in reference.parameters[index][0].storage.enumerated() {
                gradients[index][0].storage[i] += loss.penaltyDerivative(ofWeight: w)
            }
        }
        return gradients
    }

    /// The loss with layer `layer`'s parameters changed: the layers before it give what
    /// they gave in `values` (they do not depend on it), so only the rest runs again.
    private static func totalLoss(_ reference: ReferenceNetwork, changing layer: Int, values: [DoubleMatrix],
                                  targets: LossTargets, loss: LossFunction) -> Double {
        let scores = reference.output(from: layer, input: values[layer])
        var unused = DoubleMatrix(rows: 0, columns: 0)
        var total = loss.evaluate(scores: scores, targets: targets, gradient: &unused)
        for (index, spec) in reference.specs.enumerated() {
            guard case .linear = spec else { continue }
            for w in reference.parameters[index][0].storage { total += loss.penalty(ofWeight: w) }
        }
        return total
    }

    /// The centered difference `(L(θ+h) − L(θ−h)) / 2h`, and the size of the rounding
    /// noise in it: a few ulps of the loss divided by 2h. An analytic gradient within
    /// that noise agrees, which keeps exact zeros (a dead unit, an SVM bias whose
    /// terms cancel) from reading as a 1e-3 relative error.
    private static func centeredDifference(_ reference: inout ReferenceNetwork, address: ParameterAddress,
                                           element: Int, step: Double, values: [DoubleMatrix], targets: LossTargets,
                                           loss: LossFunction) -> (value: Double, noise: Double) {
        let original = reference.parameters[address.layer][address.index].storage[element]
        reference.parameters[address.layer][address.index].storage[element] = original + step
        let plus = totalLoss(reference, changing: address.layer, values: values, targets: targets, loss: loss)
        reference.parameters[address.layer][address.index].storage[element] = original - step
        let minus = totalLoss(reference, changing: address.layer, values: values, targets: targets, loss: loss)
        reference.parameters[address.layer][address.index].storage[element] = original
        let noise = 8 * Double.ulpOfOne * max(abs(plus), abs(minus), 1) / (2 * step)
        return ((plus - minus) / (2 * step), noise)
    }

    private static func chooseElements(count: Int, limit: Int, random: inout RandomSource) -> [Int] {
        guard count > limit else { return Array(0..<count) }
        return Array(random.permutation(of: count).prefix(limit)).sorted()
    }
}
