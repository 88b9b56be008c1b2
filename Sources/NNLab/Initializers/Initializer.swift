/// A rule for a layer's initial weights and biases, following `torch.nn.init`.
///
/// Weights are `[out, in]` as PyTorch stores them, so fan_in is the number of columns
/// and fan_out the number of rows. The scaled rules keep the variance of activations
/// (Xavier/Glorot: forward and backward both) or of pre-activations (He/Kaiming:
/// forward, fan_in mode) near 1 through depth:
///
///     xavier normal   σ = gain·√(2/(fan_in + fan_out))
///     xavier uniform  a = gain·√(6/(fan_in + fan_out))     U(−a, a) has σ = a/√3
///     he normal       σ = gain/√fan_in
///     he uniform      a = gain·√(3/fan_in)
///     PyTorch default a = 1/√fan_in, for the weight and the bias
///
/// Biases start at 0 except under `pytorchDefault`, as in `nn.Linear.reset_parameters`.
///
/// ```swift
/// Initializer.heNormal().initialize(weight: &w, bias: &b, random: &streams.initialization)
/// ```
public enum Initializer: Equatable, Sendable {
    /// Every weight 0 (a lesson in symmetry: all units stay identical).
    case zeros
    /// Every weight the same `value`.
    case constant(Double)
    /// Weights from N(0, σ²); cs231n's "small" init is σ = 0.01.
    case normal(standardDeviation: Double)
    /// Weights from U(−a, a), whose standard deviation is a/√3.
    case uniform(bound: Double)
    /// Glorot and Bengio (2010), normal: σ = gain·√(2/(fan_in + fan_out)).
    case xavierNormal(gain: Double = 1)
    /// Glorot and Bengio (2010), uniform: a = gain·√(6/(fan_in + fan_out)).
    case xavierUniform(gain: Double = 1)
    /// He et al. (2015), normal, fan_in mode: σ = gain/√fan_in; the default gain √2 suits ReLU.
    case heNormal(gain: Double = 2.0.squareRoot())
    /// He et al. (2015), uniform, fan_in mode: a = gain·√(3/fan_in).
    case heUniform(gain: Double = 2.0.squareRoot())
    /// PyTorch's `nn.Linear` default: weight and bias from U(±1/√fan_in).
    case pytorchDefault

    /// Xavier as PyTorch's `xavier_normal_` with gain 1.
    public static let xavier = Initializer.xavierNormal()
    /// He as PyTorch's `kaiming_normal_` for ReLU (gain √2).
    public static let he = Initializer.heNormal()

    /// The standard deviation the rule gives weights of a layer with these fans.
    public func standardDeviation(fanIn: Int, fanOut: Int) -> Double {
        let fanIn = Double(fanIn), fanOut = Double(fanOut)
        switch self {
        case .zeros, .constant: return 0
        case .normal(let sigma): return sigma
        case .uniform(let bound): return bound / 3.0.squareRoot()
        case .xavierNormal(let gain), .xavierUniform(let gain): return gain * (2 / (fanIn + fanOut)).squareRoot()
        case .heNormal(let gain), .heUniform(let gain): return gain / fanIn.squareRoot()
        case .pytorchDefault: return 1 / (3 * fanIn).squareRoot()
        }
    }

    /// Fills `weight` ([out, in]) by this rule and `bias` (out values, or empty) by its bias rule.
    public func initialize(weight: inout Matrix, bias: inout Matrix, random: inout RandomSource) {
        precondition(bias.count == weight.rows || bias.count == 0,
                     "bias has \(bias.count) values for a \(weight.rows)x\(weight.columns) weight")
        let fanIn = weight.columns, fanOut = weight.rows
        let sigma = standardDeviation(fanIn: fanIn, fanOut: fanOut)
        switch self {
        case .zeros:
            weight.fill(0)
        case .constant(let value):
            weight.fill(Float(value))
        case .normal, .xavierNormal, .heNormal:
            Initializer.fillNormal(&weight.storage, standardDeviation: sigma, random: &random)
        case .uniform(let bound):
            Initializer.fillUniform(&weight.storage, bound: bound, random: &random)
        case .xavierUniform, .heUniform, .pytorchDefault:
            Initializer.fillUniform(&weight.storage, bound: sigma * 3.0.squareRoot(), random: &random)
        }
        if self == .pytorchDefault && fanIn > 0 {
            Initializer.fillUniform(&bias.storage, bound: 1 / Double(fanIn).squareRoot(), random: &random)
        } else {
            bias.fill(0)
        }
    }

    /// Fills `values` with samples of N(0, σ²), in order.
    static func fillNormal(_ values: inout [Float], standardDeviation: Double, random: inout RandomSource) {
        values.withUnsafeMutableBufferPointer { p in
            for i in p.indices { p[i] = Float(standardDeviation * random.nextNormal()) }
        }
    }

    /// Fills `values` with samples of U(−a, a), in order.
    static func fillUniform(_ values: inout [Float], bound: Double, random: inout RandomSource) {
        values.withUnsafeMutableBufferPointer { p in
            for i in p.indices { p[i] = Float(random.nextUniform(in: -bound, bound)) }
        }
    }
}
