import Testing
@testable import NNLab

/// The optimizers' single pass: writing beside the weights equals writing over them, and
/// the measure it returns equals the change and the weights computed directly.
@Suite struct FusedUpdateTests {
    static let settings: [OptimizerSettings] = [
        .sgd(SGDSettings(learningRate: 0.1)),
        .sgd(SGDSettings(learningRate: 0.1, momentum: 0.9, weightDecay: 0.01, usesNesterov: true)),
        .adagrad(AdagradSettings(learningRate: 0.1, weightDecay: 0.01)),
        .rmsprop(RMSpropSettings(learningRate: 0.01, momentum: 0.5, isCentered: true)),
        .adam(AdamSettings(learningRate: 0.01, weightDecay: 0.01)),
        .adamw(AdamWSettings(learningRate: 0.01, weightDecay: 0.1)),
    ]

    /// `count` values from a fixed generator, spread over ±2.
    static func values(_ count: Int, seed: UInt64) -> [Float] {
        var random = RandomSource(seed: seed)
        return (0..<count).map { _ in Float(4 * random.nextUniform() - 2) }
    }

    @Test(arguments: settings, [1, 3, 4, 7, 9, 261])
    func updatingBesideTheWeightsEqualsUpdatingInPlace(_ settings: OptimizerSettings, count: Int) {
        var inPlace = settings.makeOptimizer(), beside = settings.makeOptimizer()
        var theta = Self.values(count, seed: 1)
        var current = theta
        for step in 0..<3 {
            let gradient = Self.values(count, seed: UInt64(10 + step))
            inPlace.update(slot: 0, parameter: &theta, gradient: gradient, learningRate: Float(settings.learningRate))
            var next = [Float](repeating: .nan, count: count)
            let measure = next.withUnsafeMutableBufferPointer { next in
                current.withUnsafeBufferPointer { old in
                    gradient.withUnsafeBufferPointer { g in
                        beside.update(slot: 0, current: old.baseAddress!, next: next.baseAddress!, gradient: g.baseAddress!,
                                      count: count, learningRate: Float(settings.learningRate))
                    }
                }
            }
            #expect(next == theta, "step \(step)")
            let change = zip(next, current).reduce(0.0) { $0 + Double($1.0 - $1.1) * Double($1.0 - $1.1) }
            let weight = current.reduce(0.0) { $0 + Double($1) * Double($1) }
            #expect(abs(measure.changeSquared - change) <= 1e-5 * change)
            #expect(abs(measure.weightSquared - weight) <= 1e-5 * weight)
            #expect(measure.isFinite)
            current = next
        }
    }

    @Test(arguments: settings)
    func anOverflowingUpdateIsMeasuredNotFinite(_ settings: OptimizerSettings) {
        var optimizer = settings.makeOptimizer()
        var theta: [Float] = [1, 2, 3, 4, 5]
        let gradient: [Float] = [1, 1, .infinity, 1, 1]
        let measure = optimizer.update(slot: 0, parameter: &theta, gradient: gradient, learningRate: 0.1)
        #expect(!measure.isFinite)
    }

    @Test func aLongTensorIsMeasuredAsPreciselyAsAShortOne() {
        // 100,000 equal changes: summed in Float lanes alone, the total would drift.
        var optimizer = SGD(SGDSettings(learningRate: 1))
        var theta = [Float](repeating: 1, count: 100_000)
        let measure = optimizer.update(slot: 0, parameter: &theta, gradient: [Float](repeating: 0.001, count: 100_000), learningRate: 1)
        let delta = Double(Float(1) - Float(0.001)) - 1
        #expect(abs(measure.changeSquared - 100_000 * delta * delta) <= 1e-6 * measure.changeSquared)
        #expect(abs(measure.weightSquared - 100_000) <= 1e-9 * 100_000)
        #expect(abs(measure.ratio - (measure.changeSquared / 100_000).squareRoot()) < 1e-15)
    }

    @Test func stagingLeavesTheWeightsUntilCommittedAndSkipsFrozenLayers() throws {
        var random = RandomSource(seed: 3)
        let network = try Network(specs: [.linear(inputs: 3, outputs: 4), .activation(.relu), .linear(inputs: 4, outputs: 2)],
                                  random: &random)
        network.isFrozen[0] = true
        for layer in network.layers { for index in layer.gradients.indices { layer.gradients[index].storage = Self.values(layer.gradients[index].count, seed: 7) } }
        let before = network.layers.map { $0.parameters.map(\.storage) }
        var optimizer = SGD(SGDSettings(learningRate: 0.5))
        var staged: [[Float]] = [], measures: [UpdateMeasure] = []
        network.stageUpdate(&optimizer, learningRate: 0.5, into: &staged, measures: &measures)
        #expect(network.layers.map { $0.parameters.map(\.storage) } == before)
        #expect(measures.count == 4)
        #expect(measures[0] == UpdateMeasure() && measures[1] == UpdateMeasure())
        let expectedWeight = zip(before[2][0], network.layers[2].gradients[0].storage).map { $0 - 0.5 * $1 }
        #expect(staged[2] == expectedWeight)
        network.commitStaged(&staged)
        #expect(network.layers[2].parameters[0].storage == expectedWeight)
        #expect(staged[2] == before[2][0])
        #expect(network.layers[0].parameters.map(\.storage) == before[0])
    }
}
