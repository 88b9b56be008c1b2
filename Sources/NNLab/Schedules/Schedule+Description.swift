extension Schedule: CustomStringConvertible {
    /// For example `cosine warmup=4`, `step every=3 factor=0.1`, `multistep at=[2, 5] factor=0.1`.
    public var description: String {
        let body = switch self {
        case .constant: "constant"
        case .step(let every, let factor, _): "step every=\(every) factor=\(factor)"
        case .multistep(let milestones, let factor, _): "multistep at=\(milestones) factor=\(factor)"
        case .exponential(let gamma, _): "exponential gamma=\(gamma)"
        case .cosine: "cosine"
        case .linear: "linear"
        case .invsqrt: "invsqrt"
        }
        return warmup > 0 ? "\(body) warmup=\(warmup)" : body
    }
}
