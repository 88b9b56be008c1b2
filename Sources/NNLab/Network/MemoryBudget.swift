/// How much memory a command may take, estimated before it allocates: passes over many
/// samples run in chunks that fit, and a training batch that cannot fit is refused.
public enum MemoryBudget {
    /// The most a single command may hold in activations and weights: 4 GiB.
    public static let limit = 4 << 30

    /// `bytes` in the unit that reads best, with enough digits that it never rounds to
    /// the limit it is compared with ("4.3 GiB", "512 MiB").
    public static func describe(_ bytes: Int) -> String {
        let mib = Double(bytes) / Double(1 << 20)
        if mib < 1024 { return "\(Int(mib.rounded(.up))) MiB" }
        let gib = mib / 1024
        return gib.rounded(.down) == gib ? "\(Int(gib)) GiB" : "\((gib * 10).rounded(.up) / 10) GiB"
    }
}

/// Memory a network needs that the budget cannot see coming.
public enum MemoryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A training batch (activations, their gradients and the optimizer's copies of the
    /// weights) would take `bytes`, over `limit`.
    case batchTooLarge(batch: Int, bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case let .batchTooLarge(batch, bytes, limit):
            "a training step on \(batch) samples needs about \(MemoryBudget.describe(bytes)) for this model, "
                + "over the limit of \(MemoryBudget.describe(limit)); use a smaller batch= or narrower layers"
        }
    }
}

extension Network {
    /// Floats each sample occupies in one forward pass: the input and every layer's output.
    var floatsPerSample: Int {
        var width = inputFeatures, total = inputFeatures
        for layer in layers {
            if case let .linear(_, outputs) = layer.spec { width = outputs }
            total += width
        }
        return total
    }

    /// Bytes a training step on `batch` samples needs: activations, their gradients and
    /// the layers' caches (about three copies), plus the weights with their gradients,
    /// the optimizer's moments and the step's backup (about five copies).
    public func trainingBytes(batch: Int) -> Int {
        let activations = batch.multipliedReportingOverflow(by: 3 * 4 * floatsPerSample)
        let weights = 5 * 4 * parameterCount
        return activations.overflow ? Int.max : activations.partialValue.addingReportingOverflow(weights).partialValue
    }

    /// Samples per chunk of an evaluation pass: at most `preferred`, and few enough that
    /// a chunk's activations, at `bytesPerValue` each (4 as floats; more when a caller
    /// keeps copies), take at most an eighth of the budget.
    public func evaluationChunk(preferred: Int = 1024, bytesPerValue: Int = 4) -> Int {
        max(1, min(preferred, MemoryBudget.limit / 8 / max(1, bytesPerValue * floatsPerSample)))
    }

    /// Refuses a training batch that would not fit the budget.
    public func checkTrainingMemory(batch: Int) throws(MemoryError) {
        let bytes = trainingBytes(batch: batch)
        guard bytes <= MemoryBudget.limit else { throw .batchTooLarge(batch: batch, bytes: bytes, limit: MemoryBudget.limit) }
    }
}
