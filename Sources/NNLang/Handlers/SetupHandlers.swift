import NNLab

/// `loss softmax|svm|mse l2= l1= smoothing=`.
enum LossHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        state.loss = try makeLoss(command, base: LossFunction())
        return [.text("loss \(describe(state.loss))")]
    }

    /// The loss a command describes; options not given keep `base`'s values. Smoothing is
    /// refused with the hinge loss, which has no target distribution to smooth.
    static func makeLoss(_ command: CheckedCommand, base: LossFunction) throws(CommandFailure) -> LossFunction {
        var loss = base
        if let variant = command.variant, let kind = DataLoss(rawValue: variant) { loss.kind = kind }
        if let l2 = command.optionalNumber("l2") { loss.l2 = l2 }
        if let l1 = command.optionalNumber("l1") { loss.l1 = l1 }
        if let smoothing = command.optionalNumber("smoothing") { loss.smoothing = smoothing }
        if loss.kind == .svm && loss.smoothing > 0 && command.isSet("smoothing") {
            throw CommandFailure("smoothing= does nothing with the svm loss: the hinge loss compares scores, with no target "
                                 + "probabilities to smooth", fix: "use it with loss softmax or loss mse, as in `loss softmax smoothing=0.1`",
                                 option: "smoothing")
        }
        return loss
    }

    static func describe(_ loss: LossFunction) -> String {
        "\(loss.kind.rawValue) l2=\(formatNumber(loss.l2)) l1=\(formatNumber(loss.l1)) smoothing=\(formatNumber(loss.smoothing))"
    }
}

/// `optimizer sgd|adam|adamw|rmsprop|adagrad …`: PyTorch's defaults; state starts fresh.
enum OptimizerHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        let settings = try makeSettings(command, variant: command.variant ?? "adam", base: nil)
        state.optimizerSettings = settings
        state.optimizer = nil
        return [.text("optimizer \(settings)")]
    }

    /// Settings for `variant` from a command's options; options not given keep `base`'s
    /// values when it is the same optimizer, else PyTorch's defaults.
    static func makeSettings(_ command: CheckedCommand, variant: String, base: OptimizerSettings?) throws(CommandFailure) -> OptimizerSettings {
        func number(_ name: String, _ current: Double) -> Double { command.optionalNumber(name) ?? current }
        let betas = command.numbers("betas")
        let settings: OptimizerSettings
        switch (variant, base) {
        case ("sgd", let base):
            var s: SGDSettings = { if case .sgd(let s)? = base { return s } else { return SGDSettings() } }()
            s.learningRate = number("lr", s.learningRate); s.momentum = number("momentum", s.momentum)
            s.dampening = number("dampening", s.dampening); s.weightDecay = number("wd", s.weightDecay)
            if let nesterov = command.value("nesterov")?.bool { s.usesNesterov = nesterov }
            settings = .sgd(s)
        case ("adamw", let base):
            var s: AdamWSettings = { if case .adamw(let s)? = base { return s } else { return AdamWSettings() } }()
            s.learningRate = number("lr", s.learningRate); s.epsilon = number("eps", s.epsilon); s.weightDecay = number("wd", s.weightDecay)
            if let betas, betas.count == 2 { s.beta1 = betas[0]; s.beta2 = betas[1] }
            settings = .adamw(s)
        case ("rmsprop", let base):
            var s: RMSpropSettings = { if case .rmsprop(let s)? = base { return s } else { return RMSpropSettings() } }()
            s.learningRate = number("lr", s.learningRate); s.alpha = number("alpha", s.alpha); s.epsilon = number("eps", s.epsilon)
            s.momentum = number("momentum", s.momentum); s.weightDecay = number("wd", s.weightDecay)
            if let centered = command.value("centered")?.bool { s.isCentered = centered }
            settings = .rmsprop(s)
        case ("adagrad", let base):
            var s: AdagradSettings = { if case .adagrad(let s)? = base { return s } else { return AdagradSettings() } }()
            s.learningRate = number("lr", s.learningRate); s.learningRateDecay = number("lr_decay", s.learningRateDecay)
            s.epsilon = number("eps", s.epsilon); s.weightDecay = number("wd", s.weightDecay)
            settings = .adagrad(s)
        case (_, let base):
            var s: AdamSettings = { if case .adam(let s)? = base { return s } else { return AdamSettings() } }()
            s.learningRate = number("lr", s.learningRate); s.epsilon = number("eps", s.epsilon); s.weightDecay = number("wd", s.weightDecay)
            if let betas, betas.count == 2 { s.beta1 = betas[0]; s.beta2 = betas[1] }
            settings = .adam(s)
        }
        do { try settings.validate() } catch { throw CommandFailure("\(error.setting): \(error.message)", option: error.setting) }
        return settings
    }
}

/// `schedule constant|step|multistep|cosine|linear|invsqrt|exp … warmup=`.
enum ScheduleHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        state.schedule = try makeSchedule(command, variant: command.variant ?? "constant", base: nil)
        return [.text("schedule \(state.schedule) (counts epochs in an epoch run, steps in a step run)")]
    }

    /// The schedule a command describes; options not given take the schema's defaults.
    static func makeSchedule(_ command: CheckedCommand, variant: String, base: Schedule?) throws(CommandFailure) -> Schedule {
        let warmup = command.optionalInteger("warmup") ?? base?.warmup ?? 0
        let factor = command.optionalNumber("factor") ?? 0.1
        let schedule: Schedule
        switch variant {
        case "step": schedule = .step(every: command.optionalInteger("every") ?? 30, factor: factor, warmup: warmup)
        case "multistep":
            let at = command.value("at")?.list?.compactMap(\.exactInteger) ?? [30, 60, 90]
            schedule = .multistep(at: at, factor: factor, warmup: warmup)
        case "cosine": schedule = .cosine(warmup: warmup)
        case "linear": schedule = .linear(warmup: warmup)
        case "invsqrt": schedule = .invsqrt(warmup: warmup)
        case "exp": schedule = .exponential(gamma: command.optionalNumber("gamma") ?? 0.95, warmup: warmup)
        default: schedule = .constant(warmup: warmup)
        }
        do { try schedule.validate() } catch { throw CommandFailure("\(error.setting): \(error.message)", option: error.setting) }
        return schedule
    }
}
