import Foundation
import Testing
@testable import NNLab

@Suite struct LayerTests {
    private func run(_ layer: any Layer, _ input: Matrix, mode: Mode = .training, seed: UInt64 = 0) -> Matrix {
        var context = LayerContext(mode: mode, dropoutRandom: RandomSource(seed: seed))
        var output = Matrix(rows: 0, columns: 0)
        layer.forward(input, into: &output, context: &context)
        return output
    }

    @Test func activationValuesMatchPyTorch() {
        // torch.nn.functional values at x = -1, 0.5, 2.
        let x = Matrix([[-1, 0.5, 2]])
        let expected: [(ActivationKind, [Float])] = [
            (.relu, [0, 0.5, 2]), (.leakyReLU, [-0.01, 0.5, 2]),
            (.tanh, [-0.7615942, 0.46211716, 0.9640276]), (.sigmoid, [0.26894143, 0.62245935, 0.8807971]),
            (.elu, [-0.63212055, 0.5, 2]), (.gelu, [-0.15865526, 0.34573123, 1.9544997]),
        ]
        for (kind, values) in expected {
            let y = run(Activation(kind), x)
            #expect(zip(y.storage, values).allSatisfy { abs($0 - $1) < 1e-6 }, "\(kind): \(y.storage)")
        }
    }

    @Test func linearComputesAffineMap() {
        let layer = Linear(weight: Matrix([[1, 2], [3, 4], [5, 6]]), bias: Matrix([[0.5, -1, 2]]))
        #expect(run(layer, Matrix([[1, 1], [0, 2]])) == Matrix([[3.5, 6, 13], [4.5, 7, 14]]))
    }

    @Test func batchNormTrainingNormalizesAndMovesRunningStatistics() {
        let layer = BatchNorm(features: 2)
        let x = Matrix([[1, 10], [3, 20], [5, 60]])
        let y = run(layer, x)
        for c in 0..<2 {
            let column = (0..<3).map { Double(y[$0, c]) }
            #expect(abs(column.reduce(0, +)) < 1e-5)
            #expect(abs(column.map { $0 * $0 }.reduce(0, +) / 3 - 1) < 1e-3)
        }
        // Running mean 0.9·0 + 0.1·mean; running variance 0.9·1 + 0.1·unbiased variance.
        #expect(abs(layer.buffers[0][0, 0] - 0.3) < 1e-6)
        #expect(abs(layer.buffers[0][0, 1] - 3) < 1e-5)
        #expect(abs(layer.buffers[1][0, 0] - (0.9 + 0.1 * 4)) < 1e-6)
        #expect(abs(layer.buffers[1][0, 1] - Float(0.9 + 0.1 * 700)) < 1e-3)
        #expect(layer.batchesTracked == 1)
    }

    @Test func batchNormEvaluationUsesRunningStatistics() {
        let layer = BatchNorm(features: 1)
        layer.buffers = [Matrix([[2]]), Matrix([[4]])]
        layer.parameters = [Matrix([[3]]), Matrix([[1]])]
        let y = run(layer, Matrix([[4], [0]]), mode: .evaluation)
        let scale = 3 / Float(4 + 1e-5).squareRoot()
        #expect(abs(y[0, 0] - (2 * scale + 1)) < 1e-6)
        #expect(abs(y[1, 0] - (-2 * scale + 1)) < 1e-6)
        #expect(layer.batchesTracked == 0)
    }

    @Test func dropoutKeepsTheExpectationAndIsIdentityInEvaluation() {
        let layer = Dropout(probability: 0.3)
        let x = Matrix(rows: 200, columns: 500, repeating: 2)
        let y = run(layer, x, seed: 4)
        let dropped = y.storage.filter { $0 == 0 }.count
        #expect(abs(Double(dropped) / Double(y.count) - 0.3) < 0.01)
        #expect(y.storage.allSatisfy { $0 == 0 || abs($0 - 2 / 0.7) < 1e-5 })
        #expect(abs(y.sum() / Float(y.count) - 2) < 0.02)
        #expect(run(layer, x, mode: .evaluation) == x)
    }

    @Test func layerCopiesAreIndependent() {
        var random = RandomSource(seed: 1)
        let layer = Linear(inputs: 2, outputs: 2, random: &random)
        let twin = layer.copy()
        layer.parameters[0].fill(9)
        #expect(twin.parameters[0] != layer.parameters[0])
    }

    @Test func linearDefaultInitializationIsPyTorchs() {
        var random = RandomSource(seed: 1)
        let layer = Linear(inputs: 400, outputs: 300, random: &random)
        let bound: Float = 1 / 20
        #expect(layer.parameters[0].storage.allSatisfy { abs($0) <= bound })
        #expect(layer.parameters[1].storage.allSatisfy { abs($0) <= bound })
        let std = (layer.parameters[0].squaredNorm() / Double(layer.parameters[0].count)).squareRoot()
        #expect(abs(std - Double(bound) / 3.0.squareRoot()) / (Double(bound) / 3.0.squareRoot()) < 0.03)
    }
}
