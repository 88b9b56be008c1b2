/// A sample the network finds hard: its place in the split, its class, the class the
/// network gives it, and its data loss.
public struct HardSample: Sendable, Equatable {
    public var index: Int
    public var label: Int
    public var predicted: Int
    public var loss: Double
}

extension LossFunction {
    /// Each row's data loss (no penalty, no smoothing beyond the loss's own).
    public func sampleLosses(scores: Matrix, labels: [Int]) -> [Double] {
        let columns = scores.columns
        let math = LossMath.current
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * columns) { scratch in
            let z = UnsafeMutableBufferPointer(rebasing: scratch[0..<columns])
            let unused = UnsafeMutableBufferPointer(rebasing: scratch[columns..<(2 * columns)])
            return (0..<scores.rows).map { row in
                for c in 0..<columns { z[c] = Double(scores.storage[row * columns + c]) }
                return accumulateRow(UnsafeBufferPointer(z), label: labels[row], weight: 1, gradient: unused, math: math)
            }
        }
    }
}

extension Network {
    /// The `count` samples of `inputs` with the highest loss, highest first (ties: lower index first).
    public func hardestSamples(inputs: Matrix, labels: [Int], loss: LossFunction, count: Int) -> [HardSample] {
        let scores = predict(inputs)
        let losses = loss.sampleLosses(scores: scores, labels: labels)
        let order = losses.indices.sorted { losses[$0] != losses[$1] ? losses[$0] > losses[$1] : $0 < $1 }
        return order.prefix(count).map {
            HardSample(index: $0, label: labels[$0], predicted: scores.argmax(ofRow: $0), loss: losses[$0])
        }
    }
}
