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
        let chunk = evaluationChunk()
        var totalLoss = 0.0, correct = 0.0
        var context = LayerContext.evaluation
        var rows = Matrix(rows: 0, columns: 0)
        for start in stride(from: 0, to: inputs.rows, by: chunk) {
            let range = start..<min(start + chunk, inputs.rows)
            inputs.gatherRows(range, into: &rows)
            forward(rows, context: &context)
            let chunkLabels = Array(labels[range])
            totalLoss += loss.value(scores: output, labels: chunkLabels) * Double(range.count)
            correct += accuracy(scores: output, labels: chunkLabels) * Double(range.count)
        }
        return Measurement(loss: totalLoss / Double(inputs.rows), accuracy: correct / Double(inputs.rows))
    }
}
