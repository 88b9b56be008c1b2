import CFastMath
import Elementary

extension LossFunction {
    /// Doubles of scratch a block of rows shares (1 KiB, which Swift keeps on the stack):
    /// one call to the vector exponential for several rows instead of a short one per row.
    private static let blockCapacity = 128

    /// The softmax loss of Float scores against plain labels, summed over rows (not yet
    /// averaged), with ∂/∂z scaled by `rowScale` into `gradient` when it is given. The same
    /// operations in the same order as `accumulateRow`, so the same bits, worked a block
    /// of rows at a time.
    func softmaxTotal(scores: Matrix, labels: [Int], rowScale: Double,
                      gradient: UnsafeMutableBufferPointer<Float>?, math: LossMath) -> Double {
        let columns = scores.columns
        let blockRows = max(1, Self.blockCapacity / (columns + 1))
        var total = 0.0
        scores.storage.withUnsafeBufferPointer { z in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: blockRows * (columns + 1)) { scratch in
                // The shifted scores, then (in place) their exponentials; then each row's top score.
                let exponentials = UnsafeMutableBufferPointer(rebasing: scratch[0..<(blockRows * columns)])
                let tops = UnsafeMutableBufferPointer(rebasing: scratch[(blockRows * columns)...])
                for first in stride(from: 0, to: scores.rows, by: blockRows) {
                    let rows = min(blockRows, scores.rows - first)
                    for r in 0..<rows {
                        let row = (first + r) * columns
                        var top = Double(z[row])
                        for c in 1..<columns where top < Double(z[row + c]) { top = Double(z[row + c]) }
                        tops[r] = top
                        for c in 0..<columns { exponentials[r * columns + c] = Double(z[row + c]) - top }
                    }
                    if nnlab_exp(exponentials.baseAddress, exponentials.baseAddress, rows * columns) > 0 {
                        // The few beyond ±700 (or NaN) from their shifted score, made again.
                        for r in 0..<rows {
                            for c in 0..<columns {
                                let shifted = Double(z[(first + r) * columns + c]) - tops[r]
                                if !(shifted.magnitude <= 700) { exponentials[r * columns + c] = Math.exp(shifted) }
                            }
                        }
                    }
                    for r in 0..<rows {
                        let row = (first + r) * columns, label = labels[first + r]
                        let e = UnsafeBufferPointer(rebasing: exponentials[(r * columns)..<((r + 1) * columns)])
                        var sum = 0.0
                        for c in 0..<columns { sum += e[c] }
                        let logSum = tops[r] + math.log(sum)
                        var loss = 0.0
                        for c in 0..<columns {
                            let target = smoothedTarget(c == label, classes: columns)
                            loss -= target * (Double(z[row + c]) - logSum)
                            // `0 +` as the row path's zeroed accumulator does (it turns −0 into +0).
                            gradient?[row + c] = Float((0 + (e[c] / sum - target)) * rowScale)
                        }
                        total += loss
                    }
                }
            }
        }
        return total
    }
}
