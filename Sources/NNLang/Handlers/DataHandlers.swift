import NNLab

/// `data spiral|blobs|circles|moons|xor|gaussian|digits|csv|idx`: a new data set, split
/// 0.8/0.1/0.1 (a CSV's own split column or IDX test files win), preprocessing refitted.
enum DataHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        for path in [command.word(1), command.word(2)].compactMap({ $0 }) where ["csv", "idx"].contains(command.variant) {
            try context.fileAccess.permit(path)
        }
        var random = state.streams.data
        var (loaded, testRows) = try load(command, random: &random)
        if let only = command.value("only")?.list?.compactMap(\.exactInteger) {
            let kept = loaded.dataset.labels.indices.filter { only.contains(loaded.dataset.labels[$0]) }
            loaded.dataset = try keepClasses(only, rows: kept, of: loaded.dataset)
            loaded.splits = nil
            testRows = testRows.map { rows in kept.filter { $0 < rows.lowerBound }.count..<kept.count }
        }
        let dataset = loaded.dataset
        let splits: Splits
        if let fileSplits = loaded.splits {
            splits = fileSplits
        } else if let testRows {
            splits = try IDXLoading.splits(testRows: testRows, of: dataset, random: &random)
            loaded.notes.append(.testFilesAreTheTestSplit(samples: testRows.count, validation: splits.validation.count))
        } else {
            do { splits = try Splits.stratified(labels: dataset.labels, classCount: dataset.classCount, random: &random) }
            catch { throw CommandFailure(error) }
        }
        state.streams.data = random
        state.dataset = dataset
        state.splits = splits
        state.officialTestRows = testRows
        state.modelIsTrained = false
        try DataPreparation.refresh(&state)
        var blocks: [OutputBlock] = loaded.notes.map { .text("note: \($0)") }
        blocks.append(.text(DataPreparation.summary(state)))
        blocks += DataPreparation.emptySplitWarnings(state)
        if let note = DataPreparation.reappliedNote(state) { blocks.append(.text(note)) }
        if let network = state.network, let prepared = state.prepared,
           network.inputFeatures != prepared.train.featureCount || network.outputFeatures != prepared.train.classCount {
            blocks.append(.warning("the model (\(ModelDescription.arrows(network))) does not fit this data; build a new one, e.g. model \(prepared.train.featureCount) -> 100 relu -> \(prepared.train.classCount)"))
        }
        return blocks
    }

    /// The data, and the rows of official test files when `data idx ... test=` gives them.
    private static func load(_ command: CheckedCommand, random: inout RandomSource) throws(CommandFailure) -> (LoadedData, Range<Int>?) {
        if command.variant == "idx" {
            let (dataset, testRows) = try IDXLoading.load(command)
            return (LoadedData(dataset: dataset), testRows)
        }
        return (try generated(command, random: &random), nil)
    }

    private static func generated(_ command: CheckedCommand, random: inout RandomSource) throws(CommandFailure) -> LoadedData {
        let points = command.optionalInteger("points") ?? 100
        let noise = command.optionalNumber("noise")
        let classes = command.optionalInteger("classes") ?? 3
        do {
            switch command.variant {
            case "spiral": return LoadedData(dataset: try .spiral(points: points, classes: classes, noise: noise ?? 0.2, random: &random))
            case "blobs": return LoadedData(dataset: try .blobs(points: points, classes: classes, noise: noise ?? 1, random: &random))
            case "circles":
                return LoadedData(dataset: try .circles(points: points, noise: noise ?? 0.1, factor: command.number("factor"), random: &random))
            case "moons": return LoadedData(dataset: try .moons(points: points, noise: noise ?? 0.1, random: &random))
            case "xor": return LoadedData(dataset: try .xor(points: points, noise: noise ?? 0.1, random: &random))
            case "gaussian":
                return LoadedData(dataset: try .gaussian(points: points, classes: command.integer("classes"),
                                                         dims: command.integer("dims"), random: &random))
            case "digits": return LoadedData(dataset: try .digits(points: points, random: &random))
            default: return try Dataset.readCSV(path: command.word(1) ?? "", options: try CSVLoading.options(command))
            }
        } catch let error as CommandFailure {
            throw error
        } catch let error as DataError {
            throw CommandFailure(error)
        } catch {
            throw CommandFailure("\(error)")
        }
    }

    /// The `rows` of `dataset` (those of `classes`), relabelled in the order of `classes`.
    private static func keepClasses(_ classes: [Int], rows: [Int], of dataset: Dataset) throws(CommandFailure) -> Dataset {
        let fix = "list distinct classes below \(dataset.classCount)"
        guard classes.count >= 2 else {
            throw CommandFailure("only= keeps \(classes.count) class\(classes.count == 1 ? "" : "es"), and a classifier needs 2 or more",
                                 fix: "list two classes or more, e.g. only=[0, 1]", option: "only")
        }
        if let bad = classes.first(where: { $0 >= dataset.classCount }) {
            throw CommandFailure("only= names class \(bad), but the data has classes 0 to \(dataset.classCount - 1)", fix: fix,
                                 option: "only")
        }
        guard Set(classes).count == classes.count else { throw CommandFailure("only= lists a class twice", fix: fix, option: "only") }
        let subset = dataset.subset(rows)
        do {
            return try Dataset(name: dataset.name, summary: dataset.summary, features: subset.features,
                               labels: subset.labels.map { classes.firstIndex(of: $0)! }, classCount: classes.count,
                               imageShape: dataset.imageShape, classNames: classes.map(dataset.className),
                               featureNames: dataset.featureNames, labelName: dataset.labelName)
        } catch { throw CommandFailure(error) }
    }
}

/// `split train=0.8 val=0.1 test=0.1`; with official test files (`data idx ... test=`),
/// `split train=0.8 val=0.2 test=0` re-splits the training files and the test split stays those files.
enum SplitHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        guard let dataset = state.dataset else { throw DataPreparation.noData }
        var random = state.streams.data
        if let testRows = state.officialTestRows {
            guard !command.isSet("test") || command.number("test") == 0 else {
                throw CommandFailure("the test split is the official test files (data idx ... test=), so split takes no test= above 0",
                                     fix: "split train=0.8 val=0.2 test=0 (fractions of the training files; train= defaults to the rest)",
                                     option: "test")
            }
            state.splits = try IDXLoading.splits(testRows: testRows, of: dataset,
                                                 train: command.isSet("train") ? command.number("train") : nil,
                                                 validation: command.number("val"), random: &random)
        } else {
            do {
                state.splits = try Splits.stratified(labels: dataset.labels, classCount: dataset.classCount,
                                                     train: command.number("train"), validation: command.number("val"),
                                                     test: command.number("test"), random: &random)
            } catch { throw CommandFailure(error) }
        }
        state.streams.data = random
        try DataPreparation.refresh(&state)
        var blocks: [OutputBlock] = [.text(DataPreparation.summary(state))] + DataPreparation.emptySplitWarnings(state)
        if let note = DataPreparation.reappliedNote(state) { blocks.append(.text(note)) }
        if state.modelIsTrained && state.network != nil {
            blocks.append(.warning("the model was trained on the old split: samples it learned may now be in validation or test, so their scores flatter it; build or re-initialize the model (init) before trusting val or test"))
        }
        return blocks
    }
}

/// `preprocess center|standardize|pca dims=2|whiten|none`, fitted on the training split.
enum PreprocessHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        guard state.dataset != nil else { throw DataPreparation.noData }
        switch command.variant {
        case "center": state.preprocessing = .center
        case "standardize": state.preprocessing = .standardize
        case "pca": state.preprocessing = .pca(components: command.integer("dims"))
        case "whiten": state.preprocessing = .whiten()
        default: state.preprocessing = .none
        }
        try DataPreparation.refresh(&state, carriedOver: false)
        let features = "\(state.prepared?.train.featureCount ?? 0) features"
        guard state.preprocessing != .none else { return [.text("preprocess none: the features are used as they are; \(features)")] }
        let fitted = "fitted on the \(state.prepared?.train.sampleCount ?? 0) training samples only"
        return [.text("preprocess \(command.variant ?? "none"): \(fitted); \(features)")]
    }
}

/// `augment flip crop=1 noise=0.05 cutout=2 mixup=0.4 cutmix=1` or `augment none`.
enum AugmentHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        if command.bool("none") {
            if let other = command.explicitOptions.first(where: { $0 != "none" }) {
                throw CommandFailure("augment none turns augmentation off, so \(other) would do nothing",
                                     fix: "write augment none alone, or drop none to augment with \(other)", option: other)
            }
            state.augmentation = .none
            return [.text("augmentation off")]
        }
        let augmentation = Augmentation(flip: command.bool("flip"), cropPadding: command.integer("crop"),
                                        noise: command.number("noise"), cutoutSize: command.integer("cutout"),
                                        mixupAlpha: command.number("mixup"), cutmixAlpha: command.number("cutmix"))
        do { try augmentation.validate(imageShape: state.prepared?.train.imageShape ?? state.dataset?.imageShape) }
        catch { throw CommandFailure(error) }
        state.augmentation = augmentation
        return [.text("augmentation for training only: \(augmentation.isNone ? "none" : describe(augmentation))")]
    }

    /// `flip crop=1 noise=0.05`: the options of `augment` that give `a`.
    static func describe(_ a: Augmentation) -> String {
        var parts: [String] = []
        if a.flip { parts.append("flip") }
        if a.cropPadding > 0 { parts.append("crop=\(a.cropPadding)") }
        if a.noise > 0 { parts.append("noise=\(formatNumber(a.noise))") }
        if a.cutoutSize > 0 { parts.append("cutout=\(a.cutoutSize)") }
        if a.mixupAlpha > 0 { parts.append("mixup=\(formatNumber(a.mixupAlpha))") }
        if a.cutmixAlpha > 0 { parts.append("cutmix=\(formatNumber(a.cutmixAlpha))") }
        return parts.joined(separator: " ")
    }
}
