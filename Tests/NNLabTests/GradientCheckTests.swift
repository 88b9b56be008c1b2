import Testing
@testable import NNLab

@Suite struct GradientCheckTests {
    private func sampleData(features: Int, classes: Int, samples: Int = 4, seed: UInt64 = 1) -> (Matrix, [Int]) {
        var random = RandomSource(seed: seed)
        var inputs = Matrix(rows: samples, columns: features)
        for i in 0..<inputs.count { inputs.storage[i] = Float(random.nextNormal()) }
        return (inputs, (0..<samples).map { $0 % classes })
    }

    private func check(_ specs: [LayerSpec], loss: LossFunction = LossFunction(),
                       options: GradientCheckOptions = GradientCheckOptions()) throws -> GradientCheckResult {
        var random = RandomSource(seed: 2)
        let network = try Network(specs: specs, random: &random)
        let (inputs, labels) = sampleData(features: network.inputFeatures, classes: network.outputFeatures)
        return GradientCheck.run(network: network, inputs: inputs, labels: labels, loss: loss,
                                 options: options, random: &random)
    }

    @Test(arguments: [ActivationKind.tanh, .sigmoid, .gelu, .elu])
    func smoothActivationsAreExcellent(kind: ActivationKind) throws {
        let result = try check([.linear(inputs: 3, outputs: 5), .activation(kind), .linear(inputs: 5, outputs: 4)])
        #expect(result.maxRelativeError < 1e-7, "\(kind): \(result.tensors)")
        #expect(result.tensors.map(\.name) == ["0.weight", "0.bias", "2.weight", "2.bias"])
    }

    @Test(arguments: [ActivationKind.relu, .leakyReLU])
    func kinkedActivationsAreAcceptable(kind: ActivationKind) throws {
        let result = try check([.linear(inputs: 3, outputs: 6), .activation(kind), .linear(inputs: 6, outputs: 3)])
        #expect(result.maxRelativeError < 1e-5, "\(kind): \(result.tensors)")
    }

    @Test func batchNormInTrainingModeIsExcellent() throws {
        let result = try check([.linear(inputs: 3, outputs: 5), .batchNorm(features: 5), .activation(.tanh),
                                .linear(inputs: 5, outputs: 3)])
        #expect(result.maxRelativeError < 1e-7, "\(result.tensors)")
    }

    @Test func dropoutWithItsFixedMaskIsExcellent() throws {
        var options = GradientCheckOptions()
        options.isDropoutEnabled = true
        let result = try check([.linear(inputs: 3, outputs: 8), .activation(.tanh), .dropout(probability: 0.5),
                                .linear(inputs: 8, outputs: 3)], options: options)
        #expect(result.maxRelativeError < 1e-7, "\(result.tensors)")
    }

    @Test(arguments: [DataLoss.softmax, .svm, .mse])
    func everyDataLossChecks(kind: DataLoss) throws {
        let result = try check([.linear(inputs: 4, outputs: 5)], loss: LossFunction(kind: kind, smoothing: kind == .svm ? 0 : 0.1))
        #expect(result.maxRelativeError < (kind == .svm ? 1e-5 : 1e-7), "\(kind): \(result.tensors)")
    }

    @Test func penaltiesCheckWhenIncluded() throws {
        var options = GradientCheckOptions()
        options.includesPenalty = true
        let smooth = try check([.linear(inputs: 4, outputs: 3)], loss: LossFunction(l2: 0.3), options: options)
        #expect(smooth.maxRelativeError < 1e-7)
        let kinked = try check([.linear(inputs: 4, outputs: 3)], loss: LossFunction(l1: 0.05), options: options)
        #expect(kinked.maxRelativeError < 1e-5)
    }

    @Test func float32PathAgreesWithTheReference() throws {
        let result = try check([.linear(inputs: 3, outputs: 6), .activation(.gelu), .batchNorm(features: 6),
                                .linear(inputs: 6, outputs: 3)])
        for tensor in result.tensors { #expect(tensor.float32RelativeError < 1e-2, "\(tensor)") }
    }

    @Test func aBrokenGradientIsCaught() throws {
        // A layer whose backward is deliberately wrong must be judged wrong.
        var random = RandomSource(seed: 4)
        let network = try Network(specs: [.linear(inputs: 3, outputs: 3)], random: &random)
        let broken = Network(layers: [DoubledGradientLinear(network.layers[0] as! Linear)])
        let (inputs, labels) = sampleData(features: 3, classes: 3)
        let result = GradientCheck.run(network: broken, inputs: inputs, labels: labels, loss: LossFunction(), random: &random)
        #expect(result.tensors.allSatisfy { $0.float32RelativeError > 0.3 })
    }

    @Test func checkLeavesRunningStatisticsAlone() throws {
        var random = RandomSource(seed: 5)
        let network = try Network(specs: [.linear(inputs: 2, outputs: 3), .batchNorm(features: 3)], random: &random)
        let before = network.layers[1].buffers
        let (inputs, labels) = sampleData(features: 2, classes: 3)
        _ = GradientCheck.run(network: network, inputs: inputs, labels: labels, loss: LossFunction(), random: &random)
        #expect(network.layers[1].buffers == before)
    }

    @Test func largeTensorsAreSampledSmallOnesCheckedWhole() throws {
        var options = GradientCheckOptions()
        options.maxElementsPerTensor = 7
        let result = try check([.linear(inputs: 3, outputs: 5), .activation(.tanh), .linear(inputs: 5, outputs: 4)], options: options)
        #expect(result.tensors.map(\.elementsChecked) == [7, 5, 7, 4])
        #expect(result.tensors.map(\.elementCount) == [15, 5, 20, 4])
        #expect(result.entriesPlanned == 23 && result.isComplete)
        #expect(result.maxRelativeError < 1e-7)
    }

    /// Perturbing one layer re-runs only the layers from it on: from any layer, given that
    /// layer's input, the output must be the full forward's, bit for bit.
    @Test func theOutputFromAnyLayerEqualsTheFullForward() throws {
        var random = RandomSource(seed: 3)
        let network = try Network(specs: [.linear(inputs: 3, outputs: 6), .batchNorm(features: 6), .activation(.gelu),
                                          .linear(inputs: 6, outputs: 3)], random: &random)
        let reference = ReferenceNetwork(network, dropoutMasks: [:])
        let values = reference.forward(DoubleMatrix(sampleData(features: 3, classes: 3).0))
        for layer in 0..<4 {
            #expect(reference.output(from: layer, input: values[layer]).storage == values[4].storage, "from layer \(layer)")
        }
    }

    @Test func progressCountsEveryEntryAndCancellationStopsEarly() throws {
        var random = RandomSource(seed: 2)
        let network = try Network(specs: [.linear(inputs: 3, outputs: 5), .activation(.tanh), .linear(inputs: 5, outputs: 4)],
                                  random: &random)
        let (inputs, labels) = sampleData(features: 3, classes: 4)
        var reports: [(Int, Int)] = []
        let complete = GradientCheck.run(network: network, inputs: inputs, labels: labels, loss: LossFunction(),
                                         random: &random, onProgress: { reports.append(($0, $1)) })
        #expect(reports.map(\.0) == Array(1...44) && reports.allSatisfy { $0.1 == 44 })
        #expect(complete.isComplete)
        var polls = 0
        let partial = GradientCheck.run(network: network, inputs: inputs, labels: labels, loss: LossFunction(),
                                        random: &random, isCancelled: { polls += 1; return polls > 17 })
        #expect(partial.entriesChecked == 17 && partial.entriesPlanned == 44 && !partial.isComplete)
        #expect(partial.tensors.map(\.elementsChecked) == [15, 2])
    }

    @Test(arguments: [(0.5, GradientVerdict.wrong), (1e-3, .doubtful), (1e-5, .acceptable), (1e-9, .excellent)])
    func verdictThresholds(error: Double, verdict: GradientVerdict) {
        #expect(GradientVerdict(relativeError: error) == verdict)
    }
}

/// A linear layer whose backward doubles the true gradients, for testing the check.
private final class DoubledGradientLinear: Layer {
    let inner: Linear
    init(_ inner: Linear) { self.inner = inner }
    var spec: LayerSpec { inner.spec }
    var parameters: [Matrix] { get { inner.parameters } set { inner.parameters = newValue } }
    var gradients: [Matrix] { get { inner.gradients } set { inner.gradients = newValue } }
    var buffers: [Matrix] { get { [] } set {} }
    func forward(_ input: Matrix, into output: inout Matrix, context: inout LayerContext) {
        inner.forward(input, into: &output, context: &context)
    }
    func backward(input: Matrix, output: Matrix, outputGradient: Matrix, into inputGradient: inout Matrix,
                  computesInputGradient: Bool) {
        inner.backward(input: input, output: output, outputGradient: outputGradient, into: &inputGradient,
                       computesInputGradient: computesInputGradient)
        for i in inner.gradients.indices { inner.gradients[i].scale(by: 2) }
    }
    func copy() -> any Layer { DoubledGradientLinear(inner.copy() as! Linear) }
}
