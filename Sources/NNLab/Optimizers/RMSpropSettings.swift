/// The hyperparameters of `RMSprop`, with PyTorch's defaults.
public struct RMSpropSettings: Equatable, Sendable, CustomStringConvertible {
    /// The learning rate γ (PyTorch's default 1e-2).
    public var learningRate: Double
    /// The smoothing α of the moving averages: v ← αv + (1 − α)g².
    public var alpha: Double
    /// The ε added to the root so that a zero average does not divide by zero.
    public var epsilon: Double
    /// The momentum μ of the scaled step; 0 turns momentum off.
    public var momentum: Double
    /// Whether to divide by √(v − a²), the gradient's moving standard deviation.
    public var isCentered: Bool
    /// The L2 weight decay λ, added to the gradient as λθ.
    public var weightDecay: Double

    /// Settings with PyTorch's defaults: lr=1e-2, alpha=0.99, eps=1e-8, no momentum, not centered.
    public init(learningRate: Double = 1e-2, alpha: Double = 0.99, epsilon: Double = 1e-8,
                momentum: Double = 0, isCentered: Bool = false, weightDecay: Double = 0) {
        self.learningRate = learningRate
        self.alpha = alpha
        self.epsilon = epsilon
        self.momentum = momentum
        self.isCentered = isCentered
        self.weightDecay = weightDecay
    }

    /// A fresh `RMSprop` with these settings.
    public func makeOptimizer() -> any Optimizer { RMSprop(self) }

    /// For example `rmsprop lr=0.01 alpha=0.99 eps=1e-08 centered`; zero defaults are left out.
    public var description: String {
        var text = "rmsprop lr=\(learningRate) alpha=\(alpha) eps=\(epsilon)"
        if momentum != 0 { text += " momentum=\(momentum)" }
        if isCentered { text += " centered" }
        if weightDecay != 0 { text += " wd=\(weightDecay)" }
        return text
    }

    /// The first problem PyTorch would refuse these settings for, if any.
    func problem() -> SettingError? {
        SettingError.checkCommon(learningRate: learningRate, weightDecay: weightDecay)
            ?? SettingError.ifNegative(alpha, named: "alpha")
            ?? SettingError.ifNegative(epsilon, named: "eps")
            ?? SettingError.ifNegative(momentum, named: "momentum")
    }
}
