extension Schedule: CustomStringConvertible {
    /// The schedule's word in the language: `constant`, `step`, `multistep`, `exp`, `cosine`, `linear`, `invsqrt`.
    public var name: String {
        switch self {
        case .constant: "constant"
        case .step: "step"
        case .multistep: "multistep"
        case .exponential: "exp"
        case .cosine: "cosine"
        case .linear: "linear"
        case .invsqrt: "invsqrt"
        }
    }

    /// For example `cosine warmup=4`, `step every=3 factor=0.1`, `multistep at=[2, 5] factor=0.1`.
    public var description: String {
        let body = switch self {
        case .step(let every, let factor, _): "step every=\(every) factor=\(factor)"
        case .multistep(let milestones, let factor, _): "multistep at=\(milestones) factor=\(factor)"
        case .exponential(let gamma, _): "exponential gamma=\(gamma)"
        case .constant, .cosine, .linear, .invsqrt: name
        }
        return warmup > 0 ? "\(body) warmup=\(warmup)" : body
    }
}
