/// Counts of each true class against each predicted class, with the per-class shares
/// that read it: recall (how much of a class is found) and precision (how much of what
/// is called a class is that class).
public struct ConfusionMatrix: Sendable, Equatable {
    /// `counts[true][predicted]`.
    public let counts: [[Int]]

    /// Tallies the argmax of each row of `scores` against its label.
    public init(scores: Matrix, labels: [Int], classCount: Int) {
        var counts = [[Int]](repeating: [Int](repeating: 0, count: classCount), count: classCount)
        for row in 0..<min(scores.rows, labels.count) {
            counts[labels[row]][scores.argmax(ofRow: row)] += 1
        }
        self.counts = counts
    }

    public init(counts: [[Int]]) { self.counts = counts }

    public var classCount: Int { counts.count }
    public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }
    public var correct: Int { counts.indices.reduce(0) { $0 + counts[$1][$1] } }
    public var accuracy: Double { total == 0 ? .nan : Double(correct) / Double(total) }

    /// Samples whose true class is `label`.
    public func support(_ label: Int) -> Int { counts[label].reduce(0, +) }

    /// Share of class `label` predicted as itself; nil when the split has none of it.
    public func recall(_ label: Int) -> Double? {
        let support = support(label)
        return support == 0 ? nil : Double(counts[label][label]) / Double(support)
    }

    /// Share of the predictions of `label` that are right; nil when nothing was predicted as it.
    public func precision(_ label: Int) -> Double? {
        let predicted = counts.reduce(0) { $0 + $1[label] }
        return predicted == 0 ? nil : Double(counts[label][label]) / Double(predicted)
    }

    /// The class that samples of `label` are most often mistaken for, with the count;
    /// nil when none is mistaken. Ties go to the lower class.
    public func commonestMistake(of label: Int) -> (predicted: Int, count: Int)? {
        var best: (predicted: Int, count: Int)?
        for predicted in counts.indices where predicted != label && counts[label][predicted] > 0 {
            if counts[label][predicted] > (best?.count ?? 0) { best = (predicted, counts[label][predicted]) }
        }
        return best
    }

    /// The off-diagonal cells by count, largest first (ties: by true, then predicted class).
    public func mistakes(limit: Int) -> [(label: Int, predicted: Int, count: Int)] {
        var cells: [(label: Int, predicted: Int, count: Int)] = []
        for label in counts.indices {
            for predicted in counts.indices where predicted != label && counts[label][predicted] > 0 {
                cells.append((label, predicted, counts[label][predicted]))
            }
        }
        cells.sort { $0.count != $1.count ? $0.count > $1.count : ($0.label, $0.predicted) < ($1.label, $1.predicted) }
        return Array(cells.prefix(limit))
    }
}
