/// The activation that follows a layer, which sets the gain its initial weights need.
///
/// The gain (PyTorch's `torch.nn.init.calculate_gain`) scales an initializer's standard
/// deviation so that the activation's output keeps roughly unit variance layer after
/// layer: ReLU zeroes half its inputs, so it needs √2; tanh squashes, so it needs 5/3.
///
/// ```swift
/// Initializer.heNormal(gain: Nonlinearity.leakyReLU().gain)  // √(2/(1 + 0.01²))
/// ```
public enum Nonlinearity: Equatable, Sendable, CustomStringConvertible {
    /// The identity, as after a final linear layer: gain 1.
    case linear
    /// The logistic function σ(x) = 1/(1 + e⁻ˣ): gain 1.
    case sigmoid
    /// The hyperbolic tangent: gain 5/3.
    case tanh
    /// max(0, x): gain √2.
    case relu
    /// max(sx, x) with a small slope s for x < 0: gain √(2/(1 + s²)).
    case leakyReLU(slope: Double = 0.01)

    /// The factor by which initializers scale their spread for this activation.
    public var gain: Double {
        switch self {
        case .linear, .sigmoid: 1
        case .tanh: 5.0 / 3.0
        case .relu: 2.0.squareRoot()
        case .leakyReLU(let slope): (2 / (1 + slope * slope)).squareRoot()
        }
    }

    /// The activation's name, for example `tanh` or `leaky_relu(0.01)`.
    public var description: String {
        switch self {
        case .linear: "linear"
        case .sigmoid: "sigmoid"
        case .tanh: "tanh"
        case .relu: "relu"
        case .leakyReLU(let slope): "leaky_relu(\(slope))"
        }
    }
}
