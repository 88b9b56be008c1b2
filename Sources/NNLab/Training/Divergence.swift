/// When a run counts as diverged, and the last healthy point it goes back to.
public enum Divergence {
    /// A loss more than this many times the run's first loss (or 1, if larger) has exploded.
    public static let explosionFactor = 1000.0

    /// The largest healthy loss of a run whose first step measured `firstLoss`.
    static func limit(firstLoss: Double) -> Double {
        firstLoss.isFinite ? explosionFactor * max(firstLoss, 1) : .infinity
    }

    /// Whether `loss` is finite and within `limit`.
    static func isHealthy(_ loss: Double, limit: Double) -> Bool {
        loss.isFinite && loss <= limit
    }
}

/// The weights and optimizer state a diverged run goes back to.
struct Checkpoint<State: Optimizer> {
    var weights: WeightSnapshot
    var optimizer: State
    /// Steps taken when it was taken (0: before the run).
    var step: Int
}
