import NNLab

/// Everything a session holds. It is a value: the interpreter keeps a copy before each
/// command and puts it back if the command fails, so an error changes nothing. The
/// model is a class; handlers that change weights work on a copy and store it at the end.
public struct SessionState {
    /// The seed every random stream derives from.
    public var seed: UInt64 = 0
    /// How matrix products are computed (`set portable=on`); kept by `reset`.
    public var numericMode: NumericMode = .fast
    /// The BLAS threads of matrix products (`set threads=`, `NNLAB_THREADS`); kept by `reset`.
    public var threadPolicy: ThreadPolicy = .current
    /// Added to every seed the session sets, including the first (`nnlab check --seeds`
    /// reruns a lesson under offsets 0..N−1); kept by `reset`.
    public internal(set) var seedOffset: UInt64 = 0
    /// The random streams, advanced as commands draw from them.
    public var streams = RandomStreams(seed: 0)
    /// The raw data set.
    public var dataset: Dataset?
    /// Its train/val/test split.
    public var splits: Splits?
    /// The rows of official test files (`data idx ... test=`), which `split` keeps as the test split.
    public var officialTestRows: Range<Int>?
    /// The preprocessing, refitted on the training split whenever data or split change.
    public var preprocessing: PreprocessingMethod = .none
    /// The splits with preprocessing applied (derived from the three above).
    public var prepared: PreparedData?
    /// Training-time augmentation.
    public var augmentation = Augmentation()
    /// The model.
    public var network: Network?
    /// The last `init` since the model was built, which `ensemble` members start from too;
    /// `model`, `load model` and `head` clear it.
    public var initialization: InitializationScheme?
    /// The data loss and penalties.
    public var loss = LossFunction()
    /// The optimizer's settings.
    public var optimizerSettings: OptimizerSettings = .adam(AdamSettings())
    /// The optimizer with its state (moments, step counts); nil means fresh.
    public var optimizer: (any Optimizer)?
    /// The learning-rate schedule.
    public var schedule: Schedule = .constant()
    /// Every run so far.
    public var runs: [RunHistory] = []
    /// The last `sweep` or `grid`, for `plot sweep`.
    public var lastSearch: SearchResult?
    /// How many runs the last `train` made (several for list-valued options).
    public var lastRunCount = 0
    /// The 2-D surface of `landscape` with the paths `descend` walked on it.
    public var landscape: Landscape?
    /// Models kept with `save model NAME`.
    public var savedModels: [String: Network] = [:]
    /// The user's variables.
    public var variables: [String: Value] = [:]
    /// Published, read-only results.
    public var results: [String: Value] = [:]
    /// Output settings.
    public var display = DisplaySettings()
    /// Whether the model's weights were trained since it was built or loaded (a new
    /// `split` may then put samples it learned into validation or test).
    public var modelIsTrained = false
    /// Whether a `train` has run since the first `evaluate test` (for the peeking warning).
    public var testEvaluatedBeforeTraining = false

    /// A fresh session: seed 0, softmax loss, adam lr=1e-3, constant schedule.
    public init() {}

    /// A fresh session whose seeds are all shifted by `seedOffset`.
    init(seedOffset: UInt64) {
        self.seedOffset = seedOffset
        seed = seedOffset
        streams = RandomStreams(seed: seedOffset)
    }

    /// The runs of the last `train` (or `overfit`).
    public var lastRuns: ArraySlice<RunHistory> { runs.suffix(lastRunCount) }
}

extension SessionState: Environment {
    /// Results first (they cannot be shadowed), then variables.
    public func lookup(_ name: String) -> Value? { results[name] ?? variables[name] }

    /// Sorted, so suggestions are deterministic.
    public var definedNames: [String] { (Array(variables.keys) + Array(results.keys)).sorted() }
}
