/// The hyperparameters of `SGD`, with PyTorch's defaults.
public struct SGDSettings: Equatable, Sendable, CustomStringConvertible {
    /// The learning rate γ (PyTorch's default 1e-3).
    public var learningRate: Double
    /// The momentum μ; 0 turns momentum off.
    public var momentum: Double
    /// The dampening τ: the buffer adds (1 − τ)g after the first step.
    public var dampening: Double
    /// The L2 weight decay λ, added to the gradient as λθ.
    public var weightDecay: Double
    /// Whether to step along g + μb (Nesterov) instead of b; needs μ > 0 and τ = 0.
    public var usesNesterov: Bool

    /// Settings with PyTorch's defaults: lr=1e-3, no momentum, no dampening, no decay.
    public init(learningRate: Double = 1e-3, momentum: Double = 0, dampening: Double = 0,
                weightDecay: Double = 0, usesNesterov: Bool = false) {
        self.learningRate = learningRate
        self.momentum = momentum
        self.dampening = dampening
        self.weightDecay = weightDecay
        self.usesNesterov = usesNesterov
    }

    /// A fresh `SGD` with these settings.
    public func makeOptimizer() -> any Optimizer { SGD(self) }

    /// For example `sgd lr=0.1 momentum=0.9 nesterov`; settings at their zero default are left out.
    public var description: String {
        var text = "sgd lr=\(learningRate)"
        if momentum != 0 { text += " momentum=\(momentum)" }
        if dampening != 0 { text += " dampening=\(dampening)" }
        if weightDecay != 0 { text += " wd=\(weightDecay)" }
        if usesNesterov { text += " nesterov" }
        return text
    }

    /// The first problem PyTorch would refuse these settings for, if any.
    func problem() -> SettingError? {
        if let problem = SettingError.checkCommon(learningRate: learningRate, weightDecay: weightDecay)
            ?? SettingError.ifNegative(momentum, named: "momentum") {
            return problem
        }
        if usesNesterov && (momentum <= 0 || dampening != 0) {
            return SettingError(setting: "nesterov", message: "Nesterov momentum needs momentum > 0 and dampening 0")
        }
        return nil
    }
}
