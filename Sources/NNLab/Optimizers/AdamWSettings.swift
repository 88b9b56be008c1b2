/// The hyperparameters of `Adam` as adamw, with PyTorch's defaults.
public struct AdamWSettings: Equatable, Sendable, CustomStringConvertible {
    /// The learning rate γ (PyTorch's default 1e-3).
    public var learningRate: Double
    /// The decay β₁ of the first moment: m ← β₁m + (1 − β₁)g.
    public var beta1: Double
    /// The decay β₂ of the second moment: v ← β₂v + (1 − β₂)g².
    public var beta2: Double
    /// The ε added to the root of the corrected second moment.
    public var epsilon: Double
    /// The decoupled weight decay λ: θ ← θ(1 − γλ) before each step (PyTorch's AdamW default 1e-2).
    public var weightDecay: Double

    /// Settings with PyTorch's defaults: lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2.
    public init(learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999,
                epsilon: Double = 1e-8, weightDecay: Double = 1e-2) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
    }

    /// A fresh `Adam` applying adamw's rule.
    public func makeOptimizer() -> any Optimizer { Adam(self) }

    /// For example `adamw lr=0.001 betas=[0.9, 0.999] eps=1e-08 wd=0.01`.
    public var description: String {
        "adamw lr=\(learningRate) betas=[\(beta1), \(beta2)] eps=\(epsilon) wd=\(weightDecay)"
    }

    /// The first problem PyTorch would refuse these settings for, if any.
    func problem() -> SettingError? {
        SettingError.checkCommon(learningRate: learningRate, weightDecay: weightDecay)
            ?? SettingError.checkAdam(beta1: beta1, beta2: beta2, epsilon: epsilon)
    }
}
