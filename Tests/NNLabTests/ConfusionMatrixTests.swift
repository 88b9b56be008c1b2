import Testing
@testable import NNLab

/// The confusion matrix against counts worked out by hand.
@Suite struct ConfusionMatrixTests {
    /// Five samples of three classes: two 0s right, a 1 taken for 0, a 1 right, a 2 taken for 1.
    static let matrix: ConfusionMatrix = {
        let scores = Matrix(rows: 5, columns: 3, storage: [
            3, 1, 0,
            2, 0, 1,
            5, 1, 1,
            0, 4, 1,
            0, 2, 1,
        ])
        return ConfusionMatrix(scores: scores, labels: [0, 0, 1, 1, 2], classCount: 3)
    }()

    @Test func countsTrueClassesAgainstTheArgmax() {
        #expect(Self.matrix.counts == [[2, 0, 0], [1, 1, 0], [0, 1, 0]])
        #expect(Self.matrix.total == 5 && Self.matrix.correct == 3)
        #expect(Self.matrix.accuracy == 0.6)
    }

    @Test func recallAndPrecisionByClass() {
        #expect(Self.matrix.recall(0) == 1 && Self.matrix.recall(1) == 0.5 && Self.matrix.recall(2) == 0)
        #expect(Self.matrix.precision(0) == 2.0 / 3 && Self.matrix.precision(1) == 0.5)
        #expect(Self.matrix.precision(2) == nil, "nothing was predicted as class 2")
        #expect(ConfusionMatrix(counts: [[1, 0], [0, 0]]).recall(1) == nil, "no sample of class 1")
    }

    @Test func mistakesLargestFirstWithTiesInClassOrder() {
        let matrix = ConfusionMatrix(counts: [[5, 2, 3], [2, 4, 0], [0, 3, 1]])
        #expect(matrix.mistakes(limit: 3).map { [$0.label, $0.predicted, $0.count] } == [[0, 2, 3], [2, 1, 3], [0, 1, 2]])
        #expect(matrix.commonestMistake(of: 0)?.predicted == 2)
        #expect(matrix.commonestMistake(of: 1)?.predicted == 0)
        #expect(ConfusionMatrix(counts: [[2, 0], [0, 2]]).commonestMistake(of: 0) == nil)
    }
}
