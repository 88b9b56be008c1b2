import MallocInterposerSwift
import NNLab

/// Steps per second of an MLP with Adam, against the cost of its matrix products
/// alone and of one optimizer pass alone, measured in the same run; and the
/// allocations a step makes once warm.
struct TrainingBenchmark {
    let sizes: [Int]
    let batch: Int

    var name: String { sizes.map(String.init).joined(separator: "-") + " (batch \(batch))" }

    func run(steps: Int) -> (lines: [String], stepsPerSecond: Double) {
        var random = RandomSource(seed: 2)
        let specs = layerSpecs()
        let network = try! Network(specs: specs, random: &random)
        let inputs = GemmBenchmark.randomMatrix(rows: batch, columns: sizes[0], random: &random)
        let targets = LossTargets((0..<batch).map { $0 % sizes[sizes.count - 1] })
        var optimizer = Adam(AdamSettings(learningRate: 1e-3))
        let step = TrainingStep()
        var context = LayerContext(mode: .training, dropoutRandom: random)
        let runSteps = { (count: Int) in
            for _ in 0..<count {
                _ = step.run(network: network, inputs: inputs, targets: targets, loss: LossFunction(),
                             optimizer: &optimizer, learningRate: 1e-3, clipNorm: nil, context: &context)
            }
        }
        runSteps(3)
        let allocations = allocationsPerStep { runSteps(100) }
        let stepSeconds = medianSeconds(repeats: 5) { runSteps(steps) } / Double(steps)
        let gemmSeconds = matrixProductSeconds(steps: steps)
        let optimizerSeconds = optimizerPassSeconds(network: network, steps: steps)
        let ratio = stepSeconds / (gemmSeconds + optimizerSeconds)
        let lines = [
            "  MLP \(name): \(fixed(1 / stepSeconds, 0)) steps/s (\(fixed(stepSeconds * 1e6, 1)) µs a step)",
            "    matrix products alone \(fixed(gemmSeconds * 1e6, 1)) µs, one Adam pass alone \(fixed(optimizerSeconds * 1e6, 1)) µs;"
                + " step / (products + Adam) = \(fixed(ratio, 2))",
            "    allocations per step after warm-up: \(fixed(allocations, 2))",
        ]
        return (lines, 1 / stepSeconds)
    }

    private func layerSpecs() -> [LayerSpec] {
        var specs: [LayerSpec] = []
        for index in 1..<sizes.count {
            specs.append(.linear(inputs: sizes[index - 1], outputs: sizes[index]))
            if index < sizes.count - 1 { specs.append(.activation(.relu)) }
        }
        return specs
    }

    /// The products of one step: forward x·Wᵀ per layer, ∂W = gᵀ·x per layer, and
    /// ∂x = g·W for every layer but the first.
    private func matrixProductSeconds(steps: Int) -> Double {
        var random = RandomSource(seed: 3)
        let widths = sizes
        let activations = widths.map { GemmBenchmark.randomMatrix(rows: batch, columns: $0, random: &random) }
        let weights = (1..<widths.count).map { GemmBenchmark.randomMatrix(rows: widths[$0], columns: widths[$0 - 1], random: &random) }
        var outputs = weights.map { _ in Matrix(rows: 0, columns: 0) }
        var weightGradients = outputs
        var inputGradients = outputs
        return medianSeconds(repeats: 5) {
            for _ in 0..<steps {
                for l in weights.indices {
                    Matrix.multiply(activations[l], weights[l], transposingB: true, into: &outputs[l])
                }
                for l in weights.indices {
                    Matrix.multiply(activations[l + 1], activations[l], transposingA: true, into: &weightGradients[l])
                }
                for l in weights.indices.dropFirst() {
                    Matrix.multiply(activations[l + 1], weights[l], into: &inputGradients[l])
                }
            }
        } / Double(steps)
    }

    private func optimizerPassSeconds(network: Network, steps: Int) -> Double {
        let twin = network.copy()
        var optimizer = Adam(AdamSettings(learningRate: 1e-3))
        twin.applyUpdate(&optimizer, learningRate: 1e-3)
        return medianSeconds(repeats: 5) {
            for _ in 0..<steps { twin.applyUpdate(&optimizer, learningRate: 1e-3) }
        } / Double(steps)
    }

    /// Mallocs per call of `body`'s 100 steps, counted by the malloc interposer
    /// (NaN when the interposer is not preloaded).
    private func allocationsPerStep(_ body: () -> Void) -> Double {
        guard AllocationCounter.isActive else { return .nan }
        return Double(AllocationCounter.count(body)) / 100
    }
}
