/// The purposes randomness serves; each gets a stream of its own.
public enum RandomPurpose: UInt64, CaseIterable, Sendable {
    case data = 1, initialization, batchOrder, dropout, augmentation, search
}

/// Independent generators derived from one seed, one per `RandomPurpose`, so that
/// changing how much data is drawn does not change the initial weights.
public struct RandomStreams: Sendable, Equatable {
    /// The seed everything derives from.
    public let seed: UInt64
    /// Generates data sets.
    public var data: RandomSource
    /// Initializes weights.
    public var initialization: RandomSource
    /// Orders minibatches.
    public var batchOrder: RandomSource
    /// Draws dropout masks.
    public var dropout: RandomSource
    /// Draws augmentations.
    public var augmentation: RandomSource
    /// Draws hyperparameter-search trials.
    public var search: RandomSource

    /// All streams for `seed`.
    public init(seed: UInt64) {
        self.seed = seed
        data = RandomStreams.stream(.data, seed: seed)
        initialization = RandomStreams.stream(.initialization, seed: seed)
        batchOrder = RandomStreams.stream(.batchOrder, seed: seed)
        dropout = RandomStreams.stream(.dropout, seed: seed)
        augmentation = RandomStreams.stream(.augmentation, seed: seed)
        search = RandomStreams.stream(.search, seed: seed)
    }

    /// The generator for one purpose: SplitMix64 of the seed mixed with the purpose.
    public static func stream(_ purpose: RandomPurpose, seed: UInt64) -> RandomSource {
        var mixer = SplitMix64(state: seed ^ (purpose.rawValue &* 0xD1B5_4A32_D192_ED03))
        return RandomSource(seed: mixer.next())
    }
}
