extension Schema {
    static let betasOption = OptionSpec.numbers("betas", [0.9, 0.999], count: 2, .belowOne,
                                                "decay rates of the first and second moments")

    static func learningRate(_ value: Double) -> OptionSpec {
        .number("lr", value, .positive, "learning rate")
    }

    static func weightDecay(_ value: Double, decoupled: Bool = false) -> OptionSpec {
        .number("wd", value, .nonNegative, decoupled ? "decoupled weight decay" : "weight decay (L2 added to the gradient)")
    }

    /// The optimizers with PyTorch's defaults; `optimizer` and `descend` share them.
    static let optimizerVariants: [VariantSpec] = [
        VariantSpec("sgd", "stochastic gradient descent, with optional (Nesterov) momentum", options: [
            learningRate(1e-3), .number("momentum", 0, .nonNegative, "momentum factor"),
            .number("dampening", 0, .fraction, "dampening of momentum"),
            .flag("nesterov", false, "Nesterov momentum"), weightDecay(0),
        ]),
        VariantSpec("adam", "Adam", options: [
            learningRate(1e-3), betasOption, .number("eps", 1e-8, .positive, "term added to the denominator"),
            weightDecay(0),
        ]),
        VariantSpec("adamw", "Adam with decoupled weight decay", options: [
            learningRate(1e-3), betasOption, .number("eps", 1e-8, .positive, "term added to the denominator"),
            weightDecay(0.01, decoupled: true),
        ]),
        VariantSpec("rmsprop", "RMSprop", options: [
            learningRate(1e-2), .number("alpha", 0.99, .fraction, "smoothing constant"),
            .number("eps", 1e-8, .positive, "term added to the denominator"),
            .number("momentum", 0, .nonNegative, "momentum factor"),
            .flag("centered", false, "normalize by the estimated variance"), weightDecay(0),
        ]),
        VariantSpec("adagrad", "Adagrad", options: [
            learningRate(1e-2), .number("lr_decay", 0, .nonNegative, "learning rate decay"),
            .number("eps", 1e-10, .positive, "term added to the denominator"), weightDecay(0),
        ]),
    ]

    static let factorOption = OptionSpec.number("factor", 0.1, .positive, "multiply the rate by this")

    static let scheduleVariants: [VariantSpec] = [
        VariantSpec("constant", "the same rate throughout"),
        VariantSpec("step", "multiply by factor every so many units", options: [
            .integer("every", 30, 1...1_000_000_000, "units between decays"), factorOption,
        ]),
        VariantSpec("multistep", "multiply by factor at each milestone", options: [
            OptionSpec("at", .list(.integer(0...1_000_000_000), count: nil),
                       default: .list([30, 60, 90].map { .number($0) }), "milestones"),
            factorOption,
        ]),
        VariantSpec("cosine", "cosine decay to 0 over the run, then held"),
        VariantSpec("linear", "linear decay to 0 over the run, then held"),
        VariantSpec("invsqrt", "rate / sqrt(k + 1)"),
        VariantSpec("exp", "multiply by gamma every unit", options: [.number("gamma", 0.95, .positive, "decay per unit")]),
    ]

    static let warmupOption = OptionSpec.integer("warmup", 0, 0...1_000_000_000, "units of linear warmup")

    static let lossVariants: [VariantSpec] = [
        VariantSpec("softmax", "softmax cross-entropy"),
        VariantSpec("svm", "multiclass hinge loss, margin 1"),
        VariantSpec("mse", "mean squared error against one-hot targets"),
    ]

    static let lossOptions: [OptionSpec] = [
        .number("l2", 0, .nonNegative, "L2 penalty strength"),
        .number("l1", 0, .nonNegative, "L1 penalty strength"),
        .number("smoothing", 0, .belowOne, "label smoothing"),
    ]

    static let trainingSetupCommands: [CommandSpec] = [
        CommandSpec("model", "build a model: sizes joined by '->', layer words after each size",
                    syntax: "model 2 -> 100 relu -> 3   (repeat with (500 tanh)*10)", takesLayers: true),
        CommandSpec(
            "init", "re-initialize the weights (biases zero except for default)",
            variants: [
                VariantSpec("xavier", "xavier_normal_ with gain 1", options: initOptions(gain: 1)),
                VariantSpec("he", "kaiming_normal_ for ReLU (gain √2)", options: initOptions(gain: 2.0.squareRoot())),
                VariantSpec("normal", "normal weights", options: [.number("std", 0.01, .positive, "standard deviation")]),
                VariantSpec("uniform", "uniform weights", options: [.number("a", 0.05, .positive, "bound: U(-a, a)")]),
                VariantSpec("zeros", "all weights zero (a lesson in symmetry)"),
                VariantSpec("constant", "every weight the same value",
                            positionals: [PositionalSpec("value", .number(.any), "the weight value")]),
                VariantSpec("default", "PyTorch's nn.Linear initialization"),
            ]),
        CommandSpec("loss", "the data loss and its penalties", variants: lossVariants, options: lossOptions),
        CommandSpec("optimizer", "the optimizer, with PyTorch's update rules and defaults",
                    variants: optimizerVariants, rules: [.nesterovNeedsMomentum]),
        CommandSpec("schedule", "the learning-rate schedule, in the run's unit (epochs or steps)",
                    variants: scheduleVariants, options: [warmupOption]),
    ]

    /// `xavier` and `he`: the gain (PyTorch's default for each) and the distribution.
    static func initOptions(gain: Double) -> [OptionSpec] {
        [
            OptionSpec("gain", .oneOf([.word(["auto"]), .number(.positive)]), default: .number(gain),
                       "gain; auto takes the next activation's"),
            .word("dist", ["normal", "uniform"], "normal", "normal or uniform form"),
        ]
    }

    /// Every option of `optimizer`, `schedule` and `loss`, without defaults: `train` takes them as overrides.
    static let overrideOptions: [OptionSpec] = {
        let all = optimizerVariants.flatMap(\.options) + scheduleVariants.flatMap(\.options) + [warmupOption]
            + lossVariants.flatMap(\.options) + lossOptions
        var seen: Set<String> = []
        return all.filter { seen.insert($0.name).inserted }.map(\.asOverride)
    }()
}
