/// Loss and accuracy of a network on a whole split.
public struct Measurement: Sendable, Equatable {
    /// Mean data loss (no penalty).
    public var loss: Double
    /// Share of samples classified right.
    public var accuracy: Double
}

extension Network {
    /// Measures data loss and accuracy by a full pass in evaluation mode, in chunks of
    /// up to 1024 samples that fit `MemoryBudget`, so memory stays bounded.
    public func measure(inputs: Matrix, labels: [Int], loss: LossFunction) -> Measurement {
        guard inputs.rows > 0 else { return Measurement(loss: .nan, accuracy: .nan) }
        var totalLoss = 0.0, correct = 0.0
        forEachEvaluationChunk(of: inputs) { range, scores in
            let chunkLabels = Array(labels[range])
            totalLoss += loss.value(scores: scores, labels: chunkLabels) * Double(range.count)
            correct += accuracy(scores: scores, labels: chunkLabels) * Double(range.count)
        }
        return Measurement(loss: totalLoss / Double(inputs.rows), accuracy: correct / Double(inputs.rows))
    }
}
