/// Hard-sample mining (`train hard=0.2`): a share of every batch is drawn from a pool of
/// the training samples the network currently finds hardest.
///
/// At the start of each epoch (every `stepsPerEpoch` steps in a step run) the current
/// weights rank the whole training split by per-sample data loss, evaluation mode and
/// unaugmented, exactly as `show hardest split=train` ranks it; the highest
/// `poolFraction` of it becomes the pool. In each batch of size b, round(fraction·b)
/// slots (at most b − 1) take pool samples, cycling through the pool in a shuffled
/// order; the other slots take the usual shuffled order of the whole split. The steps
/// of an epoch and their batch sizes are those of a run without mining; the shuffled
/// order runs on across epoch boundaries, so every sample still gets its regular turns.
/// The cost is one forward pass over the training split per epoch, about a third of
/// an epoch's training work.
public struct HardSampleMining: Sendable, Equatable {
    /// The share of the training split, by highest loss, that the hard slots draw from.
    public static let poolFraction = 0.1

    /// The share of each batch drawn from the pool, in [0, 1).
    public let fraction: Double

    /// Mining that fills `fraction` of each batch from the pool.
    public init(fraction: Double) {
        self.fraction = fraction
    }

    /// The pool's size for a training split of `samples`: ceil(poolFraction·samples), at least 1.
    public static func poolSize(samples: Int) -> Int {
        max(1, Int((poolFraction * Double(samples)).rounded(.up)))
    }

    /// Pool slots in a batch of `size`: round(fraction·size), leaving at least one slot
    /// to the regular order.
    public func hardSlots(inBatchOf size: Int) -> Int {
        max(0, min(Int((fraction * Double(size)).rounded()), size - 1))
    }
}

/// Which samples each batch holds: the shuffled order of the training split, reshuffled
/// at each full pass, and with mining a share of each batch from the pool of the
/// hardest samples. All randomness comes from the one generator passed in (the run's
/// batch-order stream); without mining it draws exactly what training always drew.
struct BatchSampler {
    let mining: HardSampleMining?
    private var order: [Int]
    private var position = 0
    private let shuffles: Bool
    private var pool: [Int] = []
    private var poolPosition = 0

    /// A sampler over `sampleCount` samples in batches of `batchSize`. The full batch is
    /// taken in order, unless mining needs the order shuffled.
    init(sampleCount: Int, batchSize: Int, mining: HardSampleMining?) {
        self.mining = mining
        order = Array(0..<sampleCount)
        shuffles = batchSize < sampleCount || mining != nil
    }

    /// The pool the hard slots draw from now.
    var currentPool: [Int] { pool }

    /// Takes `hardest` (indices into the split) as the pool, in a fresh shuffled order.
    mutating func refreshPool(_ hardest: [Int], random: inout RandomSource) {
        pool = hardest
        random.shuffle(&pool)
        poolPosition = 0
    }

    /// The next batch of `size` samples into `indices`: the regular ones first, then
    /// the pool's (none without mining or before the first `refreshPool`).
    mutating func nextBatch(size: Int, into indices: inout [Int], random: inout RandomSource) {
        indices.removeAll(keepingCapacity: true)
        let hard = pool.isEmpty ? 0 : (mining?.hardSlots(inBatchOf: size) ?? 0)
        for _ in 0..<(size - hard) {
            if position == order.count { position = 0 }
            if position == 0 && shuffles { random.shuffle(&order) }
            indices.append(order[position])
            position += 1
        }
        for _ in 0..<hard {
            if poolPosition == pool.count {
                poolPosition = 0
                random.shuffle(&pool)
            }
            indices.append(pool[poolPosition])
            poolPosition += 1
        }
    }
}
