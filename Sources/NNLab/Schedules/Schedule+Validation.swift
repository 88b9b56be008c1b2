extension Schedule {
    /// Throws the first setting that makes no sense for a schedule: a negative warmup,
    /// a step interval below 1, a negative milestone, or a factor that is not positive.
    ///
    /// Milestones may repeat or come unsorted: as in PyTorch's `MultiStepLR`, a milestone
    /// listed twice multiplies by the factor twice.
    public func validate() throws(SettingError) {
        if warmup < 0 { throw SettingError(setting: "warmup", message: "warmup must be at least 0, got \(warmup)") }
        switch self {
        case .constant, .cosine, .linear, .invsqrt:
            return
        case .step(let every, let factor, _):
            if every < 1 { throw SettingError(setting: "every", message: "every must be at least 1, got \(every)") }
            try Schedule.checkPositive(factor, named: "factor")
        case .multistep(let milestones, let factor, _):
            if let negative = milestones.first(where: { $0 < 0 }) {
                throw SettingError(setting: "at", message: "milestones must be at least 0, got \(negative)")
            }
            try Schedule.checkPositive(factor, named: "factor")
        case .exponential(let gamma, _):
            try Schedule.checkPositive(gamma, named: "gamma")
        }
    }

    /// Throws unless `value` is finite and above 0.
    private static func checkPositive(_ value: Double, named name: String) throws(SettingError) {
        if !(value > 0 && value.isFinite) {
            throw SettingError(setting: name, message: "\(name) must be a finite number above 0, got \(value)")
        }
    }
}
