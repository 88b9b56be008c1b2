extension LossFunction {
    /// The mean data loss of a batch of scores (rows are samples) and, into
    /// `gradient`, its derivative with respect to the scores. Rows are worked in
    /// `Double` on the stack, so the Float training path and the Double reference
    /// path share one implementation of every loss.
    public func evaluate(scores: Matrix, targets: LossTargets, gradient: inout Matrix) -> Double {
        precondition(targets.labels.count == scores.rows, "loss: \(targets.labels.count) labels for \(scores.rows) rows")
        gradient.reshape(rows: scores.rows, columns: scores.columns)
        let columns = scores.columns
        let rowScale = 1 / Double(max(scores.rows, 1))
        let math = LossMath.current
        if kind == .softmax, targets.mixed == nil, columns > 0 {
            return gradient.storage.withUnsafeMutableBufferPointer { g in
                softmaxTotal(scores: scores, labels: targets.labels, rowScale: rowScale, gradient: g, math: math)
            } * rowScale
        }
        var total = 0.0
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * columns) { scratch in
            let z = UnsafeMutableBufferPointer(rebasing: scratch[0..<columns])
            let g = UnsafeMutableBufferPointer(rebasing: scratch[columns..<(2 * columns)])
            for r in 0..<scores.rows {
                for c in 0..<columns { z[c] = Double(scores.storage[r * columns + c]); g[c] = 0 }
                total += rowLoss(UnsafeBufferPointer(z), row: r, targets: targets, gradient: g, math: math)
                for c in 0..<columns { gradient.storage[r * columns + c] = Float(g[c] * rowScale) }
            }
        }
        return total * rowScale
    }

    /// The mean data loss of a batch in `Double` with its gradient (the reference path).
    public func evaluate(scores: DoubleMatrix, targets: LossTargets, gradient: inout DoubleMatrix) -> Double {
        gradient = DoubleMatrix(rows: scores.rows, columns: scores.columns)
        let columns = scores.columns
        let rowScale = 1 / Double(max(scores.rows, 1))
        var total = 0.0
        let math = LossMath.current
        scores.storage.withUnsafeBufferPointer { all in
            gradient.storage.withUnsafeMutableBufferPointer { allGradients in
                for r in 0..<scores.rows {
                    let z = UnsafeBufferPointer(rebasing: all[(r * columns)..<((r + 1) * columns)])
                    let g = UnsafeMutableBufferPointer(rebasing: allGradients[(r * columns)..<((r + 1) * columns)])
                    total += rowLoss(z, row: r, targets: targets, gradient: g, math: math)
                    for c in 0..<columns { g[c] *= rowScale }
                }
            }
        }
        return total * rowScale
    }

    /// The mean data loss of a batch, without a gradient.
    public func value(scores: Matrix, labels: [Int]) -> Double {
        if kind == .softmax, scores.columns > 0 {
            precondition(labels.count == scores.rows, "loss: \(labels.count) labels for \(scores.rows) rows")
            let rowScale = 1 / Double(max(scores.rows, 1))
            return softmaxTotal(scores: scores, labels: labels, rowScale: rowScale, gradient: nil, math: .current) * rowScale
        }
        var unused = Matrix(rows: 0, columns: 0)
        return evaluate(scores: scores, targets: LossTargets(labels), gradient: &unused)
    }

    private func rowLoss(_ z: UnsafeBufferPointer<Double>, row: Int, targets: LossTargets,
                         gradient: UnsafeMutableBufferPointer<Double>, math: LossMath) -> Double {
        guard let mixed = targets.mixed else {
            return accumulateRow(z, label: targets.labels[row], weight: 1, gradient: gradient, math: math)
        }
        return accumulateRow(z, label: targets.labels[row], weight: mixed.weight, gradient: gradient, math: math)
            + accumulateRow(z, label: mixed.labels[row], weight: 1 - mixed.weight, gradient: gradient, math: math)
    }
}

/// The share of rows whose largest score is at their label.
public func accuracy(scores: Matrix, labels: [Int]) -> Double {
    guard scores.rows > 0 else { return 0 }
    return Double(scores.countArgmaxMatches(labels)) / Double(scores.rows)
}
