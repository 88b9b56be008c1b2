extension Schema {
    static let classesOption = OptionSpec.integer("classes", 3, Limits.classes, "number of classes")
    static let pointsOption = OptionSpec.integer("points", 100, Limits.points, "points per class")

    static func noiseOption(_ value: Double) -> OptionSpec {
        .number("noise", value, .nonNegative, "standard deviation of the noise added")
    }

    static let dataCommands: [CommandSpec] = [
        CommandSpec("seed", "set the session's seed (every random stream derives from it)",
                    positionals: [PositionalSpec("seed", .integer(Limits.seed), "the seed, a whole number")]),
        CommandSpec(
            "data", "load or generate a data set (split 0.8/0.1/0.1 by default)",
            variants: [
                VariantSpec("spiral", "cs231n's interleaved spirals",
                            options: [classesOption, pointsOption, noiseOption(0.2)]),
                VariantSpec("blobs", "Gaussian clusters",
                            options: [classesOption, pointsOption, noiseOption(1.0)]),
                VariantSpec("circles", "two concentric circles",
                            options: [pointsOption, noiseOption(0.1),
                                      .number("factor", 0.5, .belowOne, "inner radius over outer radius")]),
                VariantSpec("moons", "two interleaved half circles", options: [pointsOption, noiseOption(0.1)]),
                VariantSpec("xor", "four quadrants labelled by XOR", options: [pointsOption, noiseOption(0.1)]),
                VariantSpec("gaussian", "Gaussian classes of any size (init experiments, benchmarks)",
                            options: [.integer("dims", 500, Limits.dims, "input dimensions"),
                                      .integer("classes", 10, Limits.classes, "number of classes"), pointsOption]),
                VariantSpec("digits", "8x8 handwritten-style digits drawn by the program",
                            options: [.integer("points", 1000, Limits.points, "images per class")]),
                VariantSpec("csv", "numeric columns and one label column of any values",
                            positionals: [PositionalSpec("path", .string, "the CSV file")],
                            options: [
                                OptionSpec("label", .oneOf([.word(["first", "last"]), .integer(0...100_000), .string]),
                                           default: .word("last"), "the label column: first, last, an index or a name"),
                                OptionSpec("header", .oneOf([.word(["auto"]), .bool]), default: .word("auto"),
                                           "whether the first row names the columns"),
                                OptionSpec("delimiter", .oneOf([.word(["auto", "comma", "semicolon", "tab"]), .string]),
                                           default: .word("auto"),
                                           "the separator: auto (, ; or tab, from the first line), comma, semicolon, tab or one character"),
                                OptionSpec("index", .oneOf([.word(["auto", "none"]), .string]), default: .word("auto"),
                                           "a row-index column to leave out: auto (pandas' unnamed first column), none, or its name"),
                                .word("missing", ["error", "drop"], "error",
                                      "rows with a missing value (empty, NA, NaN, ?): an error, or drop them"),
                            ]),
                VariantSpec("idx", "the MNIST file format, .gz read directly",
                            positionals: [PositionalSpec("images", .string, "the images file (idx3-ubyte, or .gz)"),
                                          PositionalSpec("labels", .string, "the labels file (idx1-ubyte, or .gz)")],
                            options: [OptionSpec("test", .list(.string, count: 2), default: nil,
                                                 "[images, labels] of the official test files: the test split")]),
            ],
            options: [OptionSpec("only", .list(.integer(0...100_000), count: nil), default: nil,
                                 "keep only these classes, relabelled from 0")]),
        CommandSpec(
            "split", "re-split the data, shuffled and stratified",
            options: [.number("train", 0.8, .fraction, "fraction for training"),
                      .number("val", 0.1, .fraction, "fraction for validation"),
                      .number("test", 0.1, .fraction, "fraction for testing")],
            rules: [.sumAtMostOne(["train", "val", "test"])]),
        CommandSpec(
            "preprocess", "a preprocessing pipeline fitted on the training split only",
            variants: [
                VariantSpec("center", "subtract the training mean"),
                VariantSpec("standardize", "center and divide by the training standard deviation"),
                VariantSpec("pca", "project on the top principal components",
                            options: [.integer("dims", 2, Limits.dims, "components kept")]),
                VariantSpec("whiten", "PCA whitening: decorrelate and scale to unit variance"),
                VariantSpec("none", "no preprocessing"),
            ]),
        CommandSpec(
            "augment", "augment the training data (a bare word takes the value shown)",
            options: [
                .flag("flip", false, "mirror images left to right"),
                .integer("crop", 0, 0...1000, bare: 1, "random shift by up to this many pixels"),
                .number("noise", 0, .nonNegative, bare: 0.05, "Gaussian noise added to inputs"),
                .integer("cutout", 0, 0...1000, bare: 2, "erase a random square of this side"),
                .number("mixup", 0, .nonNegative, bare: 0.4, "mixup's Beta(α, α); 0 is off"),
                .number("cutmix", 0, .nonNegative, bare: 1, "CutMix's Beta(α, α); 0 is off"),
                .flag("none", false, "turn every augmentation off"),
            ]),
    ]
}
