import Foundation
import Testing
@testable import NNLab

@Suite struct LossTests {
    private func nearZeroModel(classes: Int) throws -> (Network, Matrix, [Int]) {
        var random = RandomSource(seed: 3)
        let network = try Network(specs: [.linear(inputs: 20, outputs: classes)], random: &random)
        network.layers[0].parameters[0].scale(by: 1e-4)
        network.layers[0].parameters[1].fill(0)
        var inputs = Matrix(rows: 256, columns: 20)
        for i in 0..<inputs.count { inputs.storage[i] = Float(random.nextNormal()) }
        return (network, inputs, (0..<256).map { $0 % classes })
    }

    @Test(arguments: [2, 3, 10])
    func softmaxAtNearZeroWeightsIsLogC(classes: Int) throws {
        let (network, inputs, labels) = try nearZeroModel(classes: classes)
        let loss = LossFunction().value(scores: network.predict(inputs), labels: labels)
        #expect(abs(loss - log(Double(classes))) < 1e-4)
        // Elementary's ln C, within 1 ulp of the C library's (ln 3 is 1 ulp below glibc's).
        let expected = try #require(LossFunction().expectedInitialLoss(classes: classes))
        #expect(abs(expected - log(Double(classes))) <= log(Double(classes)).ulp)
    }

    @Test(arguments: [3, 10])
    func svmAtNearZeroWeightsIsCMinusOne(classes: Int) throws {
        let (network, inputs, labels) = try nearZeroModel(classes: classes)
        let loss = LossFunction(kind: .svm).value(scores: network.predict(inputs), labels: labels)
        #expect(abs(loss - Double(classes - 1)) < 1e-3)
    }

    @Test func softmaxIsStableForHugeScores() {
        let loss = LossFunction().value(scores: Matrix([[1000, 0, -1000]]), labels: [1])
        #expect(abs(loss - 1000) < 1e-3)
    }

    @Test func labelSmoothingClosedForm() {
        // Equal scores: p = 1/C whatever the target, so loss = ln C.
        let smoothed = LossFunction(smoothing: 0.1)
        #expect(abs(smoothed.value(scores: Matrix([[0, 0, 0, 0]]), labels: [2]) - log(4)) < 1e-9)
        // Scores [2, 0]: −(0.95·log p₀ + 0.05·log p₁).
        let p0 = exp(2.0) / (exp(2.0) + 1)
        let expected = -(0.95 * log(p0) + 0.05 * log(1 - p0))
        #expect(abs(LossFunction(smoothing: 0.1).value(scores: Matrix([[2, 0]]), labels: [0]) - expected) < 1e-6)
    }

    @Test func svmAndMSEClosedForms() {
        // Margins: class 0: 1 − 3 + 1 = −1 → 0; class 2: 2.5 − 3 + 1 = 0.5.
        #expect(abs(LossFunction(kind: .svm).value(scores: Matrix([[1, 3, 2.5]]), labels: [1]) - 0.5) < 1e-6)
        // ((1−1)² + (0.5−0)²) / 2.
        #expect(abs(LossFunction(kind: .mse).value(scores: Matrix([[1, 0.5]]), labels: [0]) - 0.125) < 1e-7)
    }

    @Test func mixedTargetsWeighTheTwoLosses() {
        let loss = LossFunction()
        let scores = Matrix([[1, 2, 0.5]])
        var gradient = Matrix(rows: 0, columns: 0)
        let mixed = loss.evaluate(scores: scores, targets: LossTargets([0], mixedWith: [2], weight: 0.7), gradient: &gradient)
        let expected = 0.7 * loss.value(scores: scores, labels: [0]) + 0.3 * loss.value(scores: scores, labels: [2])
        #expect(abs(mixed - expected) < 1e-9)
    }

    @Test func accuracyCountsArgmaxHits() {
        #expect(accuracy(scores: Matrix([[1, 2], [3, 0], [0, 5], [2, 1]]), labels: [1, 0, 0, 0]) == 0.75)
    }

    @Test func penaltyClosedForm() {
        let network = Network(layers: [Linear(weight: Matrix([[1, -2]]), bias: Matrix([[5]]))])
        // ½·0.1·(1 + 4) + 0.01·(1 + 2), the bias not penalized.
        #expect(abs(network.penalty(l2: 0.1, l1: 0.01) - 0.28) < 1e-7)
    }

    /// The softmax of Float scores goes a block of rows at a time; the Double path goes row
    /// by row. They must agree bit for bit, across block edges and for extreme scores.
    @Test(arguments: [(1, 1), (7, 1), (64, 10), (130, 3), (3, 600)])
    func blockedSoftmaxMatchesTheRowPathBitForBit(rows: Int, columns: Int) {
        var random = RandomSource(seed: UInt64(rows * 1000 + columns))
        var scores = Matrix(rows: rows, columns: columns)
        for i in 0..<scores.count { scores.storage[i] = Float(random.nextNormal() * 20) }
        scores.storage[0] = 1e30
        if scores.count > 2 { scores.storage[2] = -Float.infinity }
        let labels = (0..<rows).map { $0 % columns }
        for smoothing in [0.0, 0.1] {
            let loss = LossFunction(smoothing: smoothing)
            var gradient = Matrix(rows: 0, columns: 0)
            let value = loss.evaluate(scores: scores, targets: LossTargets(labels), gradient: &gradient)
            var reference = DoubleMatrix(rows: 0, columns: 0)
            let expected = loss.evaluate(scores: DoubleMatrix(scores), targets: LossTargets(labels), gradient: &reference)
            #expect(value.bitPattern == expected.bitPattern)
            #expect(loss.value(scores: scores, labels: labels).bitPattern == expected.bitPattern)
            #expect(gradient.storage.map(\.bitPattern) == reference.storage.map { Float($0).bitPattern })
        }
    }
}
