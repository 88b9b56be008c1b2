extension Initializer: CustomStringConvertible {
    /// For example `xavier_normal`, `he_uniform gain=1.0`, `normal std=0.01`; default gains are left out.
    public var description: String {
        switch self {
        case .zeros: "zeros"
        case .constant(let value): "constant \(value)"
        case .normal(let sigma): "normal std=\(sigma)"
        case .uniform(let bound): "uniform a=\(bound)"
        case .xavierNormal(let gain): "xavier_normal" + Initializer.gainSuffix(gain, default: 1)
        case .xavierUniform(let gain): "xavier_uniform" + Initializer.gainSuffix(gain, default: 1)
        case .heNormal(let gain): "he_normal" + Initializer.gainSuffix(gain, default: 2.0.squareRoot())
        case .heUniform(let gain): "he_uniform" + Initializer.gainSuffix(gain, default: 2.0.squareRoot())
        case .pytorchDefault: "pytorch_default"
        }
    }

    /// ` gain=g` when g is not the rule's default, else nothing.
    private static func gainSuffix(_ gain: Double, default standard: Double) -> String {
        gain == standard ? "" : " gain=\(gain)"
    }
}
