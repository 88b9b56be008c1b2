import CFastMath
import Elementary

extension LossFunction {
    /// Doubles of scratch a block of rows shares (1 KiB, which Swift keeps on the stack):
    /// one call to the vector exponential for several rows instead of a short one per row.
    private static let blockCapacity = 128

    /// The softmax of `rows` rows of `columns` scores, `score(row, column)`, a block of rows
    /// at a time. For each row in order, `body` gets the row, its exponentials e^(z − max z)
    /// (each equal bit for bit to `Math.exp`), their sum, and log Σ eᶻ.
    @inline(__always)
    static func softmaxRows(rows: Int, columns: Int, math: LossMath, score: (Int, Int) -> Double,
                            body: (Int, UnsafeBufferPointer<Double>, Double, Double) -> Void) {
        guard rows > 0, columns > 0 else { return }
        let blockRows = min(rows, max(1, blockCapacity / (columns + 1)))
        withUnsafeTemporaryAllocation(of: Double.self, capacity: blockRows * (columns + 1)) { scratch in
            // The shifted scores, then (in place) their exponentials; then each row's top score.
            let exponentials = UnsafeMutableBufferPointer(rebasing: scratch[0..<(blockRows * columns)])
            let tops = UnsafeMutableBufferPointer(rebasing: scratch[(blockRows * columns)...])
            for first in stride(from: 0, to: rows, by: blockRows) {
                let count = min(blockRows, rows - first)
                for r in 0..<count {
                    var top = score(first + r, 0)
                    for c in 1..<columns where top < score(first + r, c) { top = score(first + r, c) }
                    tops[r] = top
                    for c in 0..<columns { exponentials[r * columns + c] = score(first + r, c) - top }
                }
                if nnlab_exp(exponentials.baseAddress, exponentials.baseAddress, count * columns) > 0 {
                    // The few beyond ±700 (or NaN) from their shifted score, made again.
                    for r in 0..<count {
                        for c in 0..<columns {
                            let shifted = score(first + r, c) - tops[r]
                            if !(shifted.magnitude <= 700) { exponentials[r * columns + c] = Math.exp(shifted) }
                        }
                    }
                }
                for r in 0..<count {
                    let e = UnsafeBufferPointer(rebasing: exponentials[(r * columns)..<((r + 1) * columns)])
                    var sum = 0.0
                    for c in 0..<columns { sum += e[c] }
                    body(first + r, e, sum, tops[r] + math.log(sum))
                }
            }
        }
    }

    /// One row's softmax loss against `label` from what `softmaxRows` gives it, handing each
    /// class's ∂loss/∂z to `gradient`.
    @inline(__always)
    func softmaxRowLoss(label: Int, exponentials e: UnsafeBufferPointer<Double>, sum: Double, logSum: Double,
                        score: (Int) -> Double, gradient: (Int, Double) -> Void) -> Double {
        var loss = 0.0
        for c in e.indices {
            let target = smoothedTarget(c == label, classes: e.count)
            loss -= target * (score(c) - logSum)
            gradient(c, e[c] / sum - target)
        }
        return loss
    }

    /// The softmax loss of Float scores against plain labels, summed over rows (not yet
    /// averaged), with ∂/∂z scaled by `rowScale` into `gradient` when it is given: the
    /// same bits as `accumulateRow` gives row by row.
    func softmaxTotal(scores: Matrix, labels: [Int], rowScale: Double,
                      gradient: UnsafeMutableBufferPointer<Float>?, math: LossMath) -> Double {
        let columns = scores.columns
        var total = 0.0
        scores.storage.withUnsafeBufferPointer { z in
            Self.softmaxRows(rows: scores.rows, columns: columns, math: math, score: { Double(z[$0 * columns + $1]) }) {
                r, e, sum, logSum in
                let row = r * columns
                total += softmaxRowLoss(label: labels[r], exponentials: e, sum: sum, logSum: logSum,
                                        score: { Double(z[row + $0]) }) { c, g in
                    // `0 +` as the row path's zeroed accumulator does (it turns −0 into +0).
                    gradient?[row + c] = Float((0 + g) * rowScale)
                }
            }
        }
        return total
    }
}
