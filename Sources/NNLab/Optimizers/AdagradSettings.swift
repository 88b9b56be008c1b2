/// The hyperparameters of `Adagrad`, with PyTorch's defaults.
public struct AdagradSettings: Equatable, Sendable, CustomStringConvertible {
    /// The learning rate γ (PyTorch's default 1e-2).
    public var learningRate: Double
    /// The decay d of the rate per step: γ̃ = γ / (1 + (t − 1)d).
    public var learningRateDecay: Double
    /// The ε added to √s so that a zero sum does not divide by zero.
    public var epsilon: Double
    /// The L2 weight decay λ, added to the gradient as λθ.
    public var weightDecay: Double

    /// Settings with PyTorch's defaults: lr=1e-2, lr_decay=0, eps=1e-10, no weight decay.
    public init(learningRate: Double = 1e-2, learningRateDecay: Double = 0,
                epsilon: Double = 1e-10, weightDecay: Double = 0) {
        self.learningRate = learningRate
        self.learningRateDecay = learningRateDecay
        self.epsilon = epsilon
        self.weightDecay = weightDecay
    }

    /// A fresh `Adagrad` with these settings.
    public func makeOptimizer() -> any Optimizer { Adagrad(self) }

    /// For example `adagrad lr=0.01 eps=1e-10`; decays at their zero default are left out.
    public var description: String {
        var text = "adagrad lr=\(learningRate)"
        if learningRateDecay != 0 { text += " lr_decay=\(learningRateDecay)" }
        text += " eps=\(epsilon)"
        if weightDecay != 0 { text += " wd=\(weightDecay)" }
        return text
    }

    /// The first problem PyTorch would refuse these settings for, if any.
    func problem() -> SettingError? {
        SettingError.checkCommon(learningRate: learningRate, weightDecay: weightDecay)
            ?? SettingError.ifNegative(learningRateDecay, named: "lr_decay")
            ?? SettingError.ifNegative(epsilon, named: "eps")
    }
}
