import Elementary
import Foundation

/// A learning-rate schedule: the rate as a pure function of the step k (from 0), a base
/// rate η₀ and the run's length T, all in the run's unit (epochs or steps).
///
/// Formulas follow `torch.optim.lr_scheduler`; cosine and linear hold their end value
/// after T instead of repeating. Every schedule takes an optional warmup of W units:
///
///     η(k) = η₀(k + 1)/W                          for k < W
///     η(k) = schedule(k − W) over T − W units      for k ≥ W
///
/// except `invsqrt`, which after warmup continues as η₀√(W/(k + 1)).
///
/// ```swift
/// Schedule.cosine(warmup: 4).learningRate(at: 5, base: 1, length: 10)  // 0.933013
/// ```
public enum Schedule: Equatable, Sendable {
    /// η₀ throughout.
    case constant(warmup: Int = 0)
    /// Multiplies by `factor` every `every` units: η₀·factor^⌊k/every⌋ (PyTorch's `StepLR`).
    case step(every: Int, factor: Double = 0.1, warmup: Int = 0)
    /// Multiplies by `factor` at each milestone: η₀·factor^(#milestones ≤ k) (`MultiStepLR`).
    case multistep(at: [Int], factor: Double = 0.1, warmup: Int = 0)
    /// Multiplies by `gamma` every unit: η₀·γᵏ (`ExponentialLR`).
    case exponential(gamma: Double, warmup: Int = 0)
    /// Half a cosine from η₀ down to 0 over T: ½η₀(1 + cos(πk/T)), then 0 (`CosineAnnealingLR`).
    case cosine(warmup: Int = 0)
    /// A straight line from η₀ down to 0 over T: η₀(1 − k/T), then 0.
    case linear(warmup: Int = 0)
    /// Inverse square root decay η₀/√(k + 1); with warmup W, η₀·min((k + 1)/W, √(W/(k + 1))).
    case invsqrt(warmup: Int = 0)

    /// The warmup length W in the run's unit (0 for none).
    public var warmup: Int {
        switch self {
        case .constant(let w), .step(_, _, let w), .multistep(_, _, let w), .exponential(_, let w),
             .cosine(let w), .linear(let w), .invsqrt(let w):
            w
        }
    }

    /// The learning rate at `step` k (from 0) of a run of `length` T units with base rate η₀.
    ///
    /// When T ≤ W, cosine and linear have no room left after warmup and give their end value 0.
    public func learningRate(at step: Int, base: Double, length: Int) -> Double {
        precondition(step >= 0, "learning-rate schedule asked for step \(step)")
        let w = warmup
        if step < w { return base * Double(step + 1) / Double(w) }
        if case .invsqrt = self { return base * (Double(max(w, 1)) / Double(step + 1)).squareRoot() }
        return base * factor(at: step - w, length: length - w)
    }

    /// The schedule's multiplier at its own step k over `length` units, without warmup.
    private func factor(at k: Int, length: Int) -> Double {
        switch self {
        case .constant, .invsqrt:
            return 1
        case .step(let every, let factor, _):
            return Math.pow(factor, Double(k / max(every, 1)))
        case .multistep(let milestones, let factor, _):
            return Math.pow(factor, Double(milestones.count { $0 <= k }))
        case .exponential(let gamma, _):
            return Math.pow(gamma, Double(k))
        case .cosine:
            return 0.5 * (1 + Math.cos(Double.pi * progress(k, length)))
        case .linear:
            return 1 - progress(k, length)
        }
    }

    /// k/T clamped to [0, 1], so the decays hold their end value past T (1 when T ≤ 0).
    private func progress(_ k: Int, _ length: Int) -> Double {
        length <= 0 ? 1 : Double(min(k, length)) / Double(length)
    }
}
