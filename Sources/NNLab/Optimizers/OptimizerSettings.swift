/// The choice of optimizer and its hyperparameters, as the language builds it.
///
/// A value, so it can be compared, shown and stored with a run; `makeOptimizer()` turns
/// it into a stateful optimizer for one training run.
///
/// ```swift
/// let settings = OptimizerSettings.adam(AdamSettings(learningRate: 0.01))
/// var optimizer = settings.makeOptimizer()
/// ```
public enum OptimizerSettings: Equatable, Sendable, CustomStringConvertible {
    /// Stochastic gradient descent, optionally with momentum (`torch.optim.SGD`).
    case sgd(SGDSettings)
    /// Adagrad, dividing by the root of summed squared gradients (`torch.optim.Adagrad`).
    case adagrad(AdagradSettings)
    /// RMSprop, dividing by a moving root-mean-square (`torch.optim.RMSprop`).
    case rmsprop(RMSpropSettings)
    /// Adam with L2 weight decay (`torch.optim.Adam`).
    case adam(AdamSettings)
    /// Adam with decoupled weight decay (`torch.optim.AdamW`).
    case adamw(AdamWSettings)

    /// The optimizer's name as the language spells it: `sgd`, `adagrad`, `rmsprop`, `adam`, `adamw`.
    public var name: String {
        switch self {
        case .sgd: "sgd"
        case .adagrad: "adagrad"
        case .rmsprop: "rmsprop"
        case .adam: "adam"
        case .adamw: "adamw"
        }
    }

    /// The base learning rate γ, which a schedule scales step by step.
    public var learningRate: Double {
        get {
            switch self {
            case .sgd(let s): s.learningRate
            case .adagrad(let s): s.learningRate
            case .rmsprop(let s): s.learningRate
            case .adam(let s): s.learningRate
            case .adamw(let s): s.learningRate
            }
        }
        set {
            switch self {
            case .sgd(var s): s.learningRate = newValue; self = .sgd(s)
            case .adagrad(var s): s.learningRate = newValue; self = .adagrad(s)
            case .rmsprop(var s): s.learningRate = newValue; self = .rmsprop(s)
            case .adam(var s): s.learningRate = newValue; self = .adam(s)
            case .adamw(var s): s.learningRate = newValue; self = .adamw(s)
            }
        }
    }

    /// A fresh optimizer, with no state, following these settings.
    public func makeOptimizer() -> any Optimizer {
        switch self {
        case .sgd(let s): s.makeOptimizer()
        case .adagrad(let s): s.makeOptimizer()
        case .rmsprop(let s): s.makeOptimizer()
        case .adam(let s): s.makeOptimizer()
        case .adamw(let s): s.makeOptimizer()
        }
    }

    /// For example `adam lr=0.001 betas=[0.9, 0.999] eps=1e-08`.
    public var description: String {
        switch self {
        case .sgd(let s): s.description
        case .adagrad(let s): s.description
        case .rmsprop(let s): s.description
        case .adam(let s): s.description
        case .adamw(let s): s.description
        }
    }

    /// Throws the first setting PyTorch would refuse (a negative rate, β outside [0, 1),
    /// Nesterov without momentum, ...), naming the setting so the language can point at it.
    public func validate() throws(SettingError) {
        let problem: SettingError? = switch self {
        case .sgd(let s): s.problem()
        case .adagrad(let s): s.problem()
        case .rmsprop(let s): s.problem()
        case .adam(let s): s.problem()
        case .adamw(let s): s.problem()
        }
        if let problem { throw problem }
    }
}
