import CFastMath
import Elementary
import Foundation

/// Adam and AdamW: steps by bias-corrected moving averages of the gradient and its square.
///
/// PyTorch's rule (`torch.optim.Adam`, `torch.optim.AdamW`), with moments m and v:
///
///     θ ← θ(1 − γλ)                      (AdamW: decoupled decay, first, with the scheduled γ)
///     g ← g + λθ                         (Adam: L2 decay added to the gradient)
///     m ← β₁m + (1 − β₁)g
///     v ← β₂v + (1 − β₂)g²
///     θ ← θ − γ · (m / (1 − β₁ᵗ)) / (√(v / (1 − β₂ᵗ)) + ε)
///
/// The bias corrections undo the pull of the zero start on m and v; with them the first
/// step moves each coordinate by about γ·sign(g).
public struct Adam: Optimizer {
    /// The exponential decay β₁ of the first moment m.
    public let beta1: Double
    /// The exponential decay β₂ of the second moment v.
    public let beta2: Double
    /// The ε added to the root of v̂.
    public let epsilon: Double
    /// The weight decay λ: L2 for Adam, decoupled for AdamW.
    public let weightDecay: Double
    /// Whether λ shrinks θ directly (AdamW) rather than being added to the gradient (Adam).
    public let decouplesWeightDecay: Bool
    /// The first moment m (moving mean of g), per slot.
    public private(set) var firstMoments: [[Float]] = []
    /// The second moment v (moving mean of g²), per slot.
    public private(set) var secondMoments: [[Float]] = []
    /// The steps t taken per slot; each slot's bias correction uses its own t.
    public private(set) var steps: [Int] = []
    /// β₁ᵗ and β₂ᵗ at the last t asked for, which the slots of one step share.
    private var powers = (t: 0.0, beta1: 1.0, beta2: 1.0)

    /// Adam with L2 weight decay, with no state yet.
    public init(_ settings: AdamSettings = AdamSettings()) {
        beta1 = settings.beta1
        beta2 = settings.beta2
        epsilon = settings.epsilon
        weightDecay = settings.weightDecay
        decouplesWeightDecay = false
    }

    /// AdamW, with decoupled weight decay, with no state yet.
    public init(_ settings: AdamWSettings) {
        beta1 = settings.beta1
        beta2 = settings.beta2
        epsilon = settings.epsilon
        weightDecay = settings.weightDecay
        decouplesWeightDecay = true
    }

    /// The number of updates applied to `slot` so far.
    public func stepCount(slot: Int) -> Int { steps.steps(slot: slot) }

    /// Applies one Adam (or AdamW) update to the tensor numbered `slot`.
    public mutating func update(slot: Int, current: UnsafePointer<Float>, next: UnsafeMutablePointer<Float>,
                                gradient: UnsafePointer<Float>, count: Int, learningRate: Float) -> UpdateMeasure {
        firstMoments.prepareSlot(slot, count: count)
        secondMoments.prepareSlot(slot, count: count)
        let t = Double(steps.advanceStep(slot: slot))
        if powers.t != t { powers = (t, Math.pow(beta1, t), Math.pow(beta2, t)) }
        // 1 − β₁ and 1 − β₂ are formed in `Double`, as PyTorch does (1 − Float(0.999) is 1.3e-5 off).
        // Multiplying by 1/√(1 − β₂ᵗ) rather than dividing by √(1 − β₂ᵗ), as PyTorch does,
        // leaves one division a coordinate; the denominator moves by at most an ulp.
        let rule = nnlab_adam_rule(
            beta2: Float(beta2), complement1: Float(1 - beta1), complement2: Float(1 - beta2),
            epsilon: Float(epsilon),
            step_size: Float(Double(learningRate) / (1 - powers.beta1)),
            inverse_root_correction2: Float(1 / (1 - powers.beta2).squareRoot()),
            l2: decouplesWeightDecay ? 0 : Float(weightDecay),
            shrink: decouplesWeightDecay ? Float(1 - Double(learningRate) * weightDecay) : 1)
        return firstMoments[slot].withUnsafeMutableBufferPointer { m in
            secondMoments[slot].withUnsafeMutableBufferPointer { v in
                Adam.descend(current: current, next: next, gradient: gradient, count: count,
                             m: m.baseAddress!, v: v.baseAddress!, rule: rule)
            }
        }
    }

    /// One pass over the coordinates, applying the rule in the type's summary: in C, whose
    /// vector code is chosen for the processor at load time (Swift's targets only baseline x86-64).
    private static func descend(current: UnsafePointer<Float>, next: UnsafeMutablePointer<Float>,
                                gradient: UnsafePointer<Float>, count: Int,
                                m: UnsafeMutablePointer<Float>, v: UnsafeMutablePointer<Float>,
                                rule: nnlab_adam_rule) -> UpdateMeasure {
        var measure = UpdateLanes.Accumulator()
        let block = UpdateLanes.Accumulator.coordinates
        for offset in stride(from: 0, to: count, by: block) {
            var sums = SIMD32<Float>()
            let length = min(block, count - offset)
            withUnsafeMutableBytes(of: &sums) { bytes in
                nnlab_adam_pass(current + offset, next + offset, gradient + offset, m + offset, v + offset,
                                length, rule, bytes.baseAddress!.assumingMemoryBound(to: Float.self))
            }
            measure.add(block: sums.lowHalf.lowHalf, sums.lowHalf.highHalf, sums.highHalf.lowHalf)
        }
        return measure.measure
    }
}
