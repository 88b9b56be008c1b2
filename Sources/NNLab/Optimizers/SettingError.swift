/// A hyperparameter (of an optimizer or a schedule) outside its allowed range, named so the caller can point at it.
public struct SettingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The setting's name as the language spells it (`lr`, `betas`, `momentum`, ...).
    public var setting: String
    /// What is wrong and what is allowed, for example `lr must be at least 0, got -1.0`.
    public var message: String

    /// An error about `setting`.
    public init(setting: String, message: String) {
        self.setting = setting
        self.message = message
    }

    /// The message, as shown to the learner.
    public var description: String { message }

    /// An error unless `value` is a finite number at least 0.
    static func ifNegative(_ value: Double, named name: String) -> SettingError? {
        value >= 0 && value.isFinite
            ? nil : SettingError(setting: name, message: "\(name) must be a finite number at least 0, got \(value)")
    }

    /// The checks every optimizer shares: γ ≥ 0 and λ ≥ 0, both finite.
    static func checkCommon(learningRate: Double, weightDecay: Double) -> SettingError? {
        ifNegative(learningRate, named: "lr") ?? ifNegative(weightDecay, named: "wd")
    }

    /// Adam's checks: 0 ≤ β₁, β₂ < 1 and ε ≥ 0.
    static func checkAdam(beta1: Double, beta2: Double, epsilon: Double) -> SettingError? {
        for beta in [beta1, beta2] where !(beta >= 0 && beta < 1) {
            return SettingError(setting: "betas", message: "betas must lie in [0, 1), got \(beta)")
        }
        return ifNegative(epsilon, named: "eps")
    }
}
