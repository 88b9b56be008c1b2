extension Schema {
    private static let runsOption = OptionSpec.word("runs", ["all", "last"], "last", "which runs to draw")

    static let sessionCommands: [CommandSpec] = [
        CommandSpec(
            "plot", "plot the last run(s)",
            variants: [
                VariantSpec("loss", "train and val loss against step", options: [
                    .integer("smooth", 0, 0...1_000_000, bare: 20, "moving-average window (0: raw; unset: automatic)"),
                    .flag("logy", false, "logarithmic y axis (unset: when the losses span over 100x)"),
                    runsOption,
                ]),
                VariantSpec("accuracy", "train and val accuracy", options: [runsOption]),
                VariantSpec("lr", "learning rate against step", options: [runsOption]),
                VariantSpec("ratio", "update/weight ratio of the last run"),
                VariantSpec("boundary", "decision regions over the data"),
                VariantSpec("schedule", "the schedule, before any run", options: [
                    .integer("epochs", 100, Limits.epochs, "length of the run drawn"),
                ]),
                VariantSpec("sweep", "val accuracy against each searched option"),
            ]),
        CommandSpec("show", "tables and histograms of the session", variants: [
            VariantSpec("model", "layers, shapes and parameters"),
            VariantSpec("data", "the data set; sample images for image data", options: [
                .flag("augmented", false, "the sample images also as training sees them, after augment"),
            ]),
            VariantSpec("config", "everything the session holds"),
            VariantSpec("results", "every published name"),
            VariantSpec("runs", "every run so far"),
            VariantSpec("confusion", "the confusion matrix", options: [splitOption]),
            VariantSpec("activations", "activation statistics by layer"),
            VariantSpec("gradients", "gradient statistics by layer"),
            VariantSpec("updates", "update/weight ratios by layer"),
            VariantSpec("hardest", "the samples with the highest loss", options: [
                .integer("n", 10, 1...100_000, "how many"), splitOption,
            ]),
            VariantSpec("schedule", "the current schedule"),
        ]),
        CommandSpec("set", "output settings", options: [
            .integer("width", 80, 20...1000, "columns"),
            .integer("height", 16, 4...200, "plot rows"),
            OptionSpec("color", .oneOf([.word(["auto"]), .bool]), default: .word("auto"),
                       "colour: auto (terminal without NO_COLOR, or FORCE_COLOR), true or false"),
            .flag("live", false, "redraw the loss curves (and 2-D decision regions) while training, on a terminal only"),
            OptionSpec("threads", .oneOf([.word(["auto"]), .integer(1...256)]), default: .word("auto"),
                       "BLAS threads of matrix products: auto (one below 2M multiply-adds a product, one per core above) or a count"),
            .flag("portable", false, "matrix products in a fixed order: the same numbers on every machine, slower"),
        ]),
        CommandSpec("reset", "a fresh session"),
        CommandSpec("help", "every command, or one command's options and defaults",
                    positionals: [PositionalSpec("command", .commandName, required: false, "a command")]),
    ]

    static let splitOption = OptionSpec.word("split", ["train", "val", "test"], "val", "which split")

    static let statementCommands: [CommandSpec] = [
        CommandSpec("let", "define a variable (results are read-only)", syntax: "let NAME = expression"),
        CommandSpec("print", "print values", syntax: "print expression, expression, ..."),
        CommandSpec("for", "run the rest of the line once per value", syntax: "for NAME in list: command; command"),
        CommandSpec("expect", "a check: PASS or FAIL with both values",
                    syntax: "expect condition  |  expect a ~= b tol=0.05 \"message\"",
                    options: [
                        .number("tol", nil, .nonNegative, "absolute tolerance for ~="),
                        .number("rtol", nil, .nonNegative, "relative tolerance for ~="),
                        .number("points", 1, .nonNegative, "points when graded"),
                    ]),
    ]
}
