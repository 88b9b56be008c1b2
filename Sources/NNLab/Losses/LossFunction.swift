import Elementary
import Foundation

/// The data losses nnlab offers.
public enum DataLoss: String, Sendable, Equatable, CaseIterable {
    /// Softmax cross-entropy: `−Σ_c t_c·log p_c`, `p = softmax(z)`; ∂/∂z = p − t.
    case softmax
    /// Multiclass SVM (cs231n), margin 1: `Σ_{j≠y} max(0, z_j − z_y + 1)`.
    case svm
    /// Mean squared error against the one-hot target, averaged over all elements (PyTorch's `MSELoss`).
    case mse
}

/// The labels a batch is scored against; mixup and cutmix score against two label
/// sets, weighted `weight` and `1 − weight`.
public struct LossTargets: Sendable {
    /// The class of each row.
    public var labels: [Int]
    /// A second class per row and the first set's weight, or nil.
    public var mixed: (labels: [Int], weight: Double)?

    /// Plain labels.
    public init(_ labels: [Int]) { self.labels = labels }

    /// Two label sets mixed with weight `weight` on the first.
    public init(_ labels: [Int], mixedWith other: [Int], weight: Double) {
        self.labels = labels
        self.mixed = (other, weight)
    }
}

/// A data loss with its options: label smoothing ε (target `(1−ε)·onehot + ε/C`,
/// for softmax and MSE) and the L2 and L1 penalties on weights (see `Network+Penalty`).
public struct LossFunction: Sendable, Equatable {
    /// Which data loss.
    public var kind: DataLoss
    /// L2 strength λ: adds ½λ·Σw² over every linear layer's weight (not biases).
    public var l2: Double
    /// L1 strength λ: adds λ·Σ|w| over every linear layer's weight.
    public var l1: Double
    /// Label smoothing ε in [0, 1).
    public var smoothing: Double

    /// A loss; the defaults are the session's (softmax, no penalties, no smoothing).
    public init(kind: DataLoss = .softmax, l2: Double = 0, l1: Double = 0, smoothing: Double = 0) {
        self.kind = kind
        self.l2 = l2
        self.l1 = l1
        self.smoothing = smoothing
    }

    /// The penalty one weight adds: ½λ₂w² + λ₁|w|.
    public func penalty(ofWeight w: Double) -> Double { 0.5 * l2 * w * w + l1 * abs(w) }

    /// Its derivative: λ₂w + λ₁·sign(w) (0 at w = 0).
    public func penaltyDerivative(ofWeight w: Double) -> Double { l2 * w + l1 * (w > 0 ? 1 : (w < 0 ? -1 : 0)) }

    /// Whether there is any penalty.
    public var hasPenalty: Bool { l2 != 0 || l1 != 0 }

    /// The loss at initialization that a healthy model shows with `classes` classes:
    /// ln C for softmax (uniform predictions), C − 1 for the SVM (all margins 1).
    public func expectedInitialLoss(classes: Int) -> Double? {
        switch kind {
        case .softmax: return Math.log(Double(classes))
        case .svm: return Double(classes - 1)
        case .mse: return nil
        }
    }

    /// The mean data loss of one row's scores `z` against class `label`, with the
    /// row's gradient ∂loss/∂z added into `gradient` scaled by `weight`.
    func accumulateRow(_ z: UnsafeBufferPointer<Double>, label: Int, weight: Double,
                       gradient: UnsafeMutableBufferPointer<Double>, math: LossMath) -> Double {
        let classes = z.count
        switch kind {
        case .softmax:
            var loss = 0.0
            Self.softmaxRows(rows: 1, columns: classes, math: math, score: { z[$1] }) { _, e, sum, logSum in
                loss = softmaxRowLoss(label: label, exponentials: e, sum: sum, logSum: logSum, score: { z[$0] }) { c, g in
                    gradient[c] += weight * g
                }
            }
            return weight * loss
        case .svm:
            var loss = 0.0
            for c in 0..<classes where c != label {
                let margin = z[c] - z[label] + 1
                if margin > 0 {
                    loss += margin
                    gradient[c] += weight
                    gradient[label] -= weight
                }
            }
            return weight * loss
        case .mse:
            var loss = 0.0
            for c in 0..<classes {
                let difference = z[c] - smoothedTarget(c == label, classes: classes)
                loss += difference * difference / Double(classes)
                gradient[c] += weight * 2 * difference / Double(classes)
            }
            return weight * loss
        }
    }

    func smoothedTarget(_ isLabel: Bool, classes: Int) -> Double {
        (isLabel ? 1 - smoothing : 0) + smoothing / Double(classes)
    }
}

/// The exponential and logarithm of the losses. The exponential is Elementary's in every
/// mode, worked eight lanes at a time in C; the logarithm (one a row) is Elementary's in
/// `NumericMode.portable` and the C library's (about twice as fast) otherwise.
struct LossMath {
    let isPortable: Bool

    /// The functions of the numeric mode in force.
    static var current: LossMath { LossMath(isPortable: NumericMode.current == .portable) }

    @inline(__always)
    func log(_ x: Double) -> Double { isPortable ? Math.log(x) : Foundation.log(x) }
}
