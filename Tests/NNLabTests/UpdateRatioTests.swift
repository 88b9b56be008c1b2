import Testing
@testable import NNLab

/// The update/weight ratio is the real step ‖Δw‖/‖w‖ of each linear weight, whatever
/// the optimizer, not lr·‖g‖/‖w‖ (which only plain SGD makes equal to it).
@Suite struct UpdateRatioTests {
    private func batch() -> (Matrix, LossTargets) {
        var random = RandomSource(seed: 5)
        let inputs = Matrix(rows: 8, columns: 3, storage: (0..<24).map { _ in Float(random.nextNormal()) })
        return (inputs, LossTargets([0, 1, 2, 0, 1, 2, 0, 1]))
    }

    private func network() throws -> Network {
        var random = RandomSource(seed: 6)
        return try Network(specs: [.linear(inputs: 3, outputs: 5), .activation(.tanh), .linear(inputs: 5, outputs: 3)],
                           random: &random)
    }

    /// One step; returns the ratios and lr·‖g‖/‖w‖ per linear layer, from the weights
    /// and gradients of that step.
    private func step(_ network: Network, optimizer: inout some Optimizer, learningRate: Float)
        -> (measured: [Double], gradientBased: [Double]) {
        let (inputs, targets) = batch()
        let weights = network.layers.filter { $0 is Linear }.map { $0.parameters[0].squaredNorm().squareRoot() }
        let step = TrainingStep()
        var context = LayerContext(mode: .training, dropoutRandom: RandomSource(seed: 0))
        let outcome = step.run(network: network, inputs: inputs, targets: targets, loss: LossFunction(),
                               optimizer: &optimizer, learningRate: learningRate, clipNorm: nil, context: &context)
        #expect(outcome.isApplied)
        let gradients = network.layers.filter { $0 is Linear }.map { $0.gradients[0].squaredNorm().squareRoot() }
        return (step.updateRatios, zip(gradients, weights).map { Double(learningRate) * $0 / $1 })
    }

    @Test func plainSGDGivesTheRateTimesTheGradientOverTheWeight() throws {
        var sgd = SGD(SGDSettings(learningRate: 0.1))
        let (measured, gradientBased) = step(try network(), optimizer: &sgd, learningRate: 0.1)
        #expect(measured.count == 2)
        for (a, b) in zip(measured, gradientBased) { #expect(abs(a - b) <= 1e-4 * b) }
    }

    @Test func adamsFirstStepMovesEveryWeightByTheRate() throws {
        // Adam's first step is lr·g/(|g|+ε): lr for every weight with a gradient, so
        // ‖Δw‖ = lr·√n, independent of how small the gradient is.
        let network = try network()
        let counts = network.layers.filter { $0 is Linear }.map { Double($0.parameters[0].count) }
        let norms = network.layers.filter { $0 is Linear }.map { $0.parameters[0].squaredNorm().squareRoot() }
        var adam = Adam(AdamSettings(learningRate: 1e-3))
        let (measured, gradientBased) = step(network, optimizer: &adam, learningRate: 1e-3)
        for index in measured.indices {
            let expected = 1e-3 * counts[index].squareRoot() / norms[index]
            #expect(abs(measured[index] - expected) <= 2e-2 * expected)
            #expect(measured[index] > 3 * gradientBased[index])
        }
    }

    @Test func aRunRecordsOneRatioPerLinearLayerPerStep() throws {
        let network = try network()
        var random = RandomSource(seed: 7)
        let data = try Dataset.blobs(points: 30, classes: 3, noise: 1, random: &random)
        let inputs = Matrix(rows: data.labels.count, columns: 3,
                            storage: (0..<data.labels.count).flatMap { row in
                                [data.features[row, 0], data.features[row, 1], 1] })
        var streams = RandomStreams(seed: 0)
        var adam = Adam(AdamSettings(learningRate: 1e-2))
        let history = try TrainingLoop(network: network,
                                   configuration: TrainingConfiguration(length: .steps(4), batch: .all, learningRate: 1e-2),
                                   data: TrainingData(inputs: inputs, labels: data.labels))
            .run(optimizer: &adam, streams: &streams, name: "run")
        #expect(history.stepUpdateRatios.count == 4 * 2)
        #expect(history.stepUpdateRatios.allSatisfy { $0 > 1e-4 && $0 < 1 })
    }
}
