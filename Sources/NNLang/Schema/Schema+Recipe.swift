import NNLab

extension Schema {
    /// `train`'s own options; `sweep`, `grid` and the ensembles reuse some.
    static let runOptions: [OptionSpec] = [
        .integer("epochs", 10, Limits.epochs, "epochs to train"),
        .integer("steps", nil, Limits.steps, "steps to train instead of epochs"),
        OptionSpec("batch", .oneOf([.integer(Limits.batch), .word(["all"])]), default: .number(64),
                   "batch size, or all for full batch"),
        .integer("eval", nil, Limits.steps, "validate every this many steps (default: once an epoch)"),
        .integer("patience", nil, 1...1_000_000, "stop after this many evaluations without a better val loss"),
        .word("restore", ["best", "last"], "last", "keep the last weights or restore the best-validation ones"),
        .number("clip", nil, .positive, "clip the gradient's global norm to this"),
        .number("hard", 0, .belowOne, "share of each batch from the 10% hardest training samples"),
        OptionSpec("name", .name, default: nil, "a name for the run"),
    ]

    static let trainOptions = runOptions + overrideOptions

    /// `train live=true`: this run watched live, whatever `set live=` says.
    static let liveOption = OptionSpec("live", .bool, default: nil, "redraw the curves as it trains (unset: as set live= says)")

    /// What each trial of `sweep` and `grid` takes: `train`'s options but `name=` (trials are numbered).
    static let searchOptions = trainOptions.filter { $0.name != "name" }

    static func conditionOption(_ value: Double) -> OptionSpec {
        .number("cond", value, NumberBounds(lower: 0, includesLower: false, upper: 1e6, includesUpper: true),
                "condition number K: the curvature across the valley over the curvature along it")
    }

    /// What `ensemble`, `snapshot` and `ema` take besides their own options: `train`'s batch
    /// size and the per-run overrides of the optimizer, schedule and loss.
    static let combiningOptions = runOptions.filter { $0.name == "batch" } + overrideOptions

    /// The options of `schedule`, which `snapshot` has no use for (its cycles are the schedule).
    static let scheduleOptionNames = Set((scheduleVariants.flatMap(\.options) + [warmupOption]).map(\.name))

    static let recipeCommands: [CommandSpec] = [
        CommandSpec(
            "check", "sanity checks before training",
            variants: [
                VariantSpec("loss", "loss at initialization against its expected value"),
                VariantSpec("gradients", "analytic against centered-difference gradients", options: [
                    .integer("samples", 4, 1...10_000, "samples used"),
                    OptionSpec("entries", .oneOf([.integer(1...1_000_000_000), .word(["all"])]),
                               default: .number(Double(GradientCheckOptions.defaultEntriesPerTensor)),
                               "entries checked per parameter tensor, chosen at random; all checks every one"),
                    .number("h", 1e-5, .positive, "finite-difference step"),
                    .flag("dropout", false, "keep dropout and augmentation on"),
                ]),
            ]),
        CommandSpec("overfit", "train a copy on a tiny subset, regularization off", options: [
            .integer("samples", 20, 1...1_000_000, "samples in the subset"),
            .integer("steps", 200, Limits.steps, "steps to train"),
            learningRate(1e-3).asOverride,
        ]),
        CommandSpec("lrfind", "learning-rate range test on a copy (fastai's valley)", options: [
            .number("from", 1e-7, .positive, "first learning rate"),
            .number("to", 10, .positive, "last learning rate"),
            .integer("steps", 100, 2...1_000_000, "steps of the test"),
        ], rules: [.ascending("from", "to")]),
        CommandSpec("train", "train the model from its current weights; a list gives one run per value",
                    options: trainOptions + [liveOption], rules: [.exclusive("epochs", "steps")], acceptsLists: true),
        CommandSpec("sweep", "random search over logu(…), uniform(…), choice(…) and lists; publishes best",
                    options: [.integer("trials", 20, 1...100_000, "runs to try")] + searchOptions,
                    rules: [.exclusive("epochs", "steps")], acceptsLists: true, acceptsDistributions: true),
        CommandSpec("grid", "every combination of the lists given; publishes best",
                    options: searchOptions, rules: [.exclusive("epochs", "steps")], acceptsLists: true),
        CommandSpec("evaluate", "loss and accuracy on a split", variants: [
            VariantSpec("train", "the training split"), VariantSpec("val", "the validation split"),
            VariantSpec("test", "the test split (once, at the end)"),
        ], defaultVariant: "val"),
        CommandSpec("diagnose", "read the last run's curves and say what to try"),
        CommandSpec("ensemble", "train independent models and combine them (an experiment)",
                    options: [.integer("n", 5, 1...1000, "members"), .integer("epochs", 5, Limits.epochs, "epochs per member")]
                        + combiningOptions),
        CommandSpec("snapshot", "snapshots of one copy through cosine cycles, combined (an experiment)",
                    options: [.integer("cycles", 5, 1...1000, "cycles (snapshots)"),
                              .integer("epochs", 5, Limits.epochs, "epochs per cycle")]
                        + combiningOptions.filter { !scheduleOptionNames.contains($0.name) }),
        CommandSpec("ema", "train keeping a moving average of the weights (Polyak), and keep it",
                    options: [.number("decay", 0.995, .belowOne, "w_ema = decay*w_ema + (1-decay)*w after every step"),
                              .integer("epochs", 5, Limits.epochs, "epochs to train")] + combiningOptions),
        CommandSpec("save", "save a model, the data or the run history", variants: [
            VariantSpec("model", "a named copy in the session, or a .safetensors file",
                        positionals: [PositionalSpec("name", .name, "a name, or a file in quotes")]),
            VariantSpec("data", "the data with a split column, as CSV",
                        positionals: [PositionalSpec("path", .string, "the CSV file")]),
            VariantSpec("history", "every step of the last run(s), as CSV",
                        positionals: [PositionalSpec("path", .string, "the CSV file")]),
            VariantSpec("predictions", "each sample of a split: index, label, predicted class, class probabilities, as CSV",
                        positionals: [PositionalSpec("path", .string, "the CSV file")], options: [Schema.splitOption]),
        ]),
        CommandSpec("load", "bring back a saved model", variants: [
            VariantSpec("model", "a named copy, or a .safetensors file (nnlab's rebuilds its model; a PyTorch state_dict fills the current model)",
                        positionals: [PositionalSpec("name", .name, "a name, or a file in quotes")]),
        ]),
        CommandSpec("freeze", "stop training these layers (numbered as typed)",
                    positionals: [PositionalSpec("layers", .layerIndices, "layer indices")]),
        CommandSpec("unfreeze", "train these layers again (all when none are given)",
                    positionals: [PositionalSpec("layers", .layerIndices, required: false, "layer indices")],
                    options: [.number("lr_scale", 1, .positive, "their learning rate as a multiple of the run's (0.1 fine-tunes gently)")]),
        CommandSpec("head", "replace the last layer with a fresh one", options: [
            .integer("classes", nil, Limits.classes, "outputs of the new layer (default: the data's classes)"),
        ]),
        CommandSpec("landscape", "a 2-D loss surface for optimizer experiments; clears the paths", variants: [
            VariantSpec("ravine", "a long narrow valley ½(x² + K·y²), from (-4, 1)",
                        options: [conditionOption(Surface.ravineCondition)]),
            VariantSpec("saddle", "a saddle x² - y², from (-2, 0.001)"),
            VariantSpec("rosenbrock", "Rosenbrock's banana (1 - x)² + 100(y - x²)², from (-1.5, 2)"),
            VariantSpec("quadratic", "a bowl ½(x² + K·y²), round by default, from (-4, 1)",
                        options: [conditionOption(Surface.quadraticCondition)]),
        ]),
        CommandSpec("descend", "run an optimizer on the landscape and draw its path over the others; a list gives one path per value",
                    variants: optimizerVariants, options: [
                        .integer("steps", 50, 1...100_000, "steps to take"),
                        OptionSpec("start", .list(.number(.any), count: 2), default: nil,
                                   "starting point [x, y] (default: the landscape's)"),
                        OptionSpec("name", .name, default: nil, "the path's name in the legend"),
                    ], rules: [.nesterovNeedsMomentum], acceptsLists: true),
    ]
}
