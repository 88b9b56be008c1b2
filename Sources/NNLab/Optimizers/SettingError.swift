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

    /// The checks every optimizer shares: γ ≥ 0 and λ ≥ 0, both finite.
    static func checkCommon(learningRate: Double, weightDecay: Double) -> SettingError? {
        if !(learningRate >= 0 && learningRate.isFinite) {
            return SettingError(setting: "lr", message: "lr must be a finite number at least 0, got \(learningRate)")
        }
        if !(weightDecay >= 0 && weightDecay.isFinite) {
            return SettingError(setting: "weight_decay",
                                          message: "weight_decay must be a finite number at least 0, got \(weightDecay)")
        }
        return nil
    }

    /// Adam's checks: 0 ≤ β₁, β₂ < 1 and ε ≥ 0.
    static func checkAdam(beta1: Double, beta2: Double, epsilon: Double) -> SettingError? {
        for beta in [beta1, beta2] where !(beta >= 0 && beta < 1) {
            return SettingError(setting: "betas", message: "betas must lie in [0, 1), got \(beta)")
        }
        if !(epsilon >= 0) { return SettingError(setting: "eps", message: "eps must be at least 0, got \(epsilon)") }
        return nil
    }
}
