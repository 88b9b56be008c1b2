import Elementary
import Foundation

/// How several models' predictions become one: for the softmax loss, the mean of the
/// members' class probabilities; for the SVM and MSE losses (whose scores are not
/// probabilities), the mean of their scores. The prediction is the argmax either way.
public enum Combination {
    /// The combined scores of `members` (each one row a sample, the same shape), chosen so
    /// that the loss and accuracy of the combination are those of any single model's scores:
    /// for softmax, log p̄ with p̄ the mean probability (softmax(log p̄) = p̄, so the
    /// cross-entropy of these scores is −log p̄ of the label); for SVM and MSE, the mean score.
    public static func scores(_ members: [Matrix], loss: DataLoss) -> Matrix {
        precondition(!members.isEmpty, "a combination needs at least one member")
        let (rows, columns) = (members[0].rows, members[0].columns)
        for member in members {
            precondition(member.rows == rows && member.columns == columns,
                         "members' scores differ in shape: \(member.rows)x\(member.columns) against \(rows)x\(columns)")
        }
        var combined = Matrix(rows: rows, columns: columns)
        var row = [Double](repeating: 0, count: columns)
        for r in 0..<rows {
            for c in 0..<columns { row[c] = 0 }
            for member in members {
                let contribution = loss == .softmax ? probabilities(member, row: r) : (0..<columns).map { Double(member[r, $0]) }
                for c in 0..<columns { row[c] += contribution[c] / Double(members.count) }
            }
            for c in 0..<columns {
                combined[r, c] = Float(loss == .softmax ? Math.log(max(row[c], smallestProbability)) : row[c])
            }
        }
        return combined
    }

    /// The floor under a mean probability before its logarithm, so that a class every member
    /// rules out costs a large finite loss (about 87) instead of an infinite one.
    public static let smallestProbability = Double(Float.leastNormalMagnitude)

    /// The softmax of one row of scores, in Double.
    static func probabilities(_ scores: Matrix, row r: Int) -> [Double] {
        let row = (0..<scores.columns).map { Double(scores[r, $0]) }
        let top = row.max() ?? 0
        let exponentials = row.map { Math.exp($0 - top) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total }
    }

    /// Loss and accuracy of scores against labels (data loss only, as `Network.measure`).
    public static func measure(scores: Matrix, labels: [Int], loss: LossFunction) -> Measurement {
        guard scores.rows > 0 else { return Measurement(loss: .nan, accuracy: .nan) }
        return Measurement(loss: loss.value(scores: scores, labels: labels), accuracy: accuracy(scores: scores, labels: labels))
    }
}
