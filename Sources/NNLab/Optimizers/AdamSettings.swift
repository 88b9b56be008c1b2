/// The hyperparameters of `Adam` as adam, with PyTorch's defaults.
public struct AdamSettings: Equatable, Sendable, CustomStringConvertible {
    /// The learning rate γ (PyTorch's default 1e-3).
    public var learningRate: Double
    /// The decay β₁ of the first moment: m ← β₁m + (1 − β₁)g.
    public var beta1: Double
    /// The decay β₂ of the second moment: v ← β₂v + (1 − β₂)g².
    public var beta2: Double
    /// The ε added to the root of the corrected second moment.
    public var epsilon: Double
    /// The L2 weight decay λ, added to the gradient as λθ (PyTorch's Adam default 0).
    public var weightDecay: Double

    /// Settings with PyTorch's defaults: lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.
    public init(learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999,
                epsilon: Double = 1e-8, weightDecay: Double = 0) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
    }

    /// A fresh `Adam` applying adam's rule.
    public func makeOptimizer() -> any Optimizer { Adam(self) }

    /// For example `adam lr=0.001 betas=[0.9, 0.999] eps=1e-08`; a zero weight decay is left out.
    public var description: String {
        var text = "adam lr=\(learningRate) betas=[\(beta1), \(beta2)] eps=\(epsilon)"
        if weightDecay != 0 { text += " wd=\(weightDecay)" }
        return text
    }

    /// The first problem PyTorch would refuse these settings for, if any.
    func problem() -> SettingError? {
        SettingError.checkCommon(learningRate: learningRate, weightDecay: weightDecay)
            ?? SettingError.checkAdam(beta1: beta1, beta2: beta2, epsilon: epsilon)
    }
}
