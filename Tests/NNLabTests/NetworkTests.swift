import Testing
@testable import NNLab

@Suite struct NetworkTests {
    @Test func sizesMustChain() {
        var random = RandomSource(seed: 0)
        #expect(throws: ModelError.sizeMismatch(layer: 2, expected: 5, found: 4)) {
            try Network(specs: [.linear(inputs: 2, outputs: 4), .activation(.relu), .linear(inputs: 5, outputs: 3)], random: &random)
        }
        #expect(throws: ModelError.noLayers) { try Network(specs: [.activation(.relu)], random: &random) }
        #expect(throws: ModelError.invalidDropout(layer: 1, probability: 1.5)) {
            try Network(specs: [.linear(inputs: 2, outputs: 4), .dropout(probability: 1.5)], random: &random)
        }
    }

    @Test func absurdSizesAreRefusedBeforeAllocating() {
        var random = RandomSource(seed: 0)
        #expect(throws: ModelError.invalidSize(layer: 0, size: 1_000_000_000_000)) {
            try Network(specs: [.linear(inputs: 2, outputs: 1_000_000_000_000)], random: &random)
        }
        #expect(throws: ModelError.tooManyParameters(count: 100_010_000, limit: ModelError.parameterLimit)) {
            try Network(specs: [.linear(inputs: 10_000, outputs: 10_000), .linear(inputs: 10_000, outputs: 2)], random: &random)
        }
    }

    @Test func dataMustFitTheModel() throws {
        var random = RandomSource(seed: 0)
        let network = try Network(specs: [.linear(inputs: 2, outputs: 3)], random: &random)
        #expect(throws: ModelError.featureMismatch(dataFeatures: 4, modelInputs: 2)) {
            try network.validate(inputs: Matrix(rows: 1, columns: 4), labels: [0])
        }
        #expect(throws: ModelError.emptyData) { try network.validate(inputs: Matrix(rows: 0, columns: 2), labels: []) }
        #expect(throws: ModelError.labelOutOfRange(label: 3, outputs: 3)) {
            try network.validate(inputs: Matrix(rows: 1, columns: 2), labels: [3])
        }
        #expect(throws: ModelError.nonFiniteInput(row: 1, column: 0)) {
            try network.validate(inputs: Matrix([[1, 2], [.nan, 0]]), labels: [0, 1])
        }
        #expect(ModelError.featureMismatch(dataFeatures: 4, modelInputs: 2).description.contains("start the model with 4"))
    }

    @Test func numberingFollowsSequential() throws {
        var random = RandomSource(seed: 0)
        let network = try Network(specs: [.linear(inputs: 2, outputs: 4), .batchNorm(features: 4), .activation(.relu),
                                          .linear(inputs: 4, outputs: 3)], random: &random)
        #expect(network.parameterAddresses.map { "\($0.layer).\($0.index)" } == ["0.0", "0.1", "1.0", "1.1", "3.0", "3.1"])
        #expect(network.parameterCount == 2 * 4 + 4 + 8 + 12 + 3)
    }

    @Test func clippingScalesToTheMaximumNorm() throws {
        let network = Network(layers: [Linear(weight: Matrix([[0, 0]]), bias: Matrix([[0]]))])
        network.layers[0].gradients = [Matrix([[3, 0]]), Matrix([[4]])]
        let before = network.clipGradients(maxNorm: 1)
        #expect(before == 5)
        #expect(abs(network.gradientNorm() - 1) < 1e-5)
    }
}
