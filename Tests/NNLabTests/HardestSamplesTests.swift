import Foundation
import Testing
@testable import NNLab

/// Per-sample losses and the ranking of the hardest samples, against closed forms.
@Suite struct HardestSamplesTests {
    @Test func softmaxSampleLossIsMinusTheLogOfTheLabelsProbability() {
        let scores = Matrix(rows: 2, columns: 3, storage: [1, 2, 3, 0, 0, 0])
        let losses = LossFunction(kind: .softmax).sampleLosses(scores: scores, labels: [0, 2])
        let first = -log(exp(1.0) / (exp(1.0) + exp(2.0) + exp(3.0)))
        #expect(abs(losses[0] - first) < 1e-12)
        #expect(abs(losses[1] - log(3.0)) < 1e-12)
    }

    @Test func theMeanOfSampleLossesIsTheBatchLoss() {
        var random = RandomSource(seed: 3)
        let scores = Matrix(rows: 50, columns: 4, storage: (0..<200).map { _ in Float(random.nextNormal()) })
        let labels = (0..<50).map { $0 % 4 }
        for kind in [DataLoss.softmax, .svm, .mse] {
            let loss = LossFunction(kind: kind)
            let mean = loss.sampleLosses(scores: scores, labels: labels).reduce(0, +) / 50
            #expect(abs(mean - loss.value(scores: scores, labels: labels)) < 1e-9, "\(kind)")
        }
    }

    @Test func hardestAreTheHighestLossesInOrderWithTheirPredictions() {
        let network = Network(layers: [Linear(weight: Matrix([[1, 0], [0, 1]]), bias: Matrix([[0, 0]]))])
        let inputs = Matrix(rows: 4, columns: 2, storage: [3, 0, 0, 1, 2, 0, 0, 5])
        // Labels 1, 1, 0, 0: sample 3 is the most confidently wrong, then sample 0; 1 and 2 are right.
        let hardest = network.hardestSamples(inputs: inputs, labels: [1, 1, 0, 0], loss: LossFunction(kind: .softmax), count: 3)
        #expect(hardest.map(\.index) == [3, 0, 1])
        #expect(hardest.map(\.predicted) == [1, 0, 1])
        #expect(abs(hardest[0].loss - (5 + log(1 + exp(-5.0)))) < 1e-6)
    }
}
