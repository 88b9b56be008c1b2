import Elementary

/// The elementwise nonlinearities, each with its derivative beside it.
///
/// `value` and `derivative` are the `Double` forms, used by the gradient check's
/// reference path; `Activation` runs the same formulas as concrete `Float` loops.
public enum ActivationKind: String, Sendable, CaseIterable {
    /// max(0, x); derivative 1 for x > 0, else 0.
    case relu
    /// x for x > 0, else 0.01·x (PyTorch's default slope).
    case leakyReLU = "leaky"
    /// tanh x; derivative 1 − tanh²x.
    case tanh
    /// σ(x) = 1/(1+e⁻ˣ); derivative σ(1−σ).
    case sigmoid
    /// x for x > 0, else eˣ − 1 (α = 1); derivative 1, else eˣ.
    case elu
    /// x·Φ(x) = ½x(1 + erf(x/√2)), PyTorch's exact form; derivative Φ(x) + x·φ(x).
    case gelu

    /// The negative slope of leaky ReLU.
    public static let leakySlope = 0.01

    /// f(x) in `Double`.
    public func value(_ x: Double) -> Double {
        switch self {
        case .relu: return max(0, x)
        case .leakyReLU: return x > 0 ? x : ActivationKind.leakySlope * x
        case .tanh: return Math.tanh(x)
        case .sigmoid: return 1 / (1 + Math.exp(-x))
        case .elu: return x > 0 ? x : Math.expm1(x)
        case .gelu: return 0.5 * x * (1 + Math.erf(x / 2.0.squareRoot()))
        }
    }

    /// f′(x) in `Double`.
    public func derivative(_ x: Double) -> Double {
        switch self {
        case .relu: return x > 0 ? 1 : 0
        case .leakyReLU: return x > 0 ? 1 : ActivationKind.leakySlope
        case .tanh: let t = Math.tanh(x); return 1 - t * t
        case .sigmoid: let s = 1 / (1 + Math.exp(-x)); return s * (1 - s)
        case .elu: return x > 0 ? 1 : Math.exp(x)
        case .gelu:
            let cdf = 0.5 * (1 + Math.erf(x / 2.0.squareRoot()))
            return cdf + x * Math.exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
        }
    }
}
