import Elementary
import Foundation

/// What a model predicts for each sample of a split, for analysis elsewhere
/// (`save predictions "p.csv"`).
public struct Predictions: Sendable, Equatable {
    /// Each sample's row in the whole data set.
    public var indices: [Int]
    public var labels: [Int]
    public var predicted: [Int]
    /// Softmax of the scores, one row per sample.
    public var probabilities: [[Double]]

    /// The predictions of `network` on `inputs` (row r is data set row `indices[r]`).
    public init(network: Network, inputs: Matrix, labels: [Int], indices: [Int]) {
        let scores = network.predict(inputs)
        var probabilities: [[Double]] = []
        var predicted: [Int] = []
        for r in 0..<scores.rows {
            let row = (0..<scores.columns).map { Double(scores[r, $0]) }
            let top = row.max() ?? 0
            let exponentials = row.map { Math.exp($0 - top) }
            let total = exponentials.reduce(0, +)
            probabilities.append(exponentials.map { $0 / total })
            predicted.append(row.indices.max { row[$0] < row[$1] } ?? 0)
        }
        self.indices = indices
        self.labels = labels
        self.predicted = predicted
        self.probabilities = probabilities
    }

    /// `index,label,predicted,p_0,…`, probabilities to 6 digits. With class names (the
    /// labels the data came with), the label and predicted columns hold the names and the
    /// probability columns are `p_NAME`.
    public func csv(classNames: [String]? = nil) -> String {
        let classes = probabilities.first?.count ?? 0
        let names = (0..<classes).map { c in classNames.flatMap { c < $0.count ? $0[c] : nil } ?? String(c) }
        let cellOf = { (c: Int) in c < names.count ? Dataset.quotedIfNeeded(names[c]) : String(c) }
        var lines = [(["index", "label", "predicted"] + names.map { Dataset.quotedIfNeeded("p_\($0)") }).joined(separator: ",")]
        for r in indices.indices {
            let cells = [String(indices[r]), cellOf(labels[r]), cellOf(predicted[r])]
                + probabilities[r].map { String(format: "%.6g", $0) }
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
