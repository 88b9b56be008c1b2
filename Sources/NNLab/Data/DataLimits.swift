/// The bounds nnlab keeps data within, and the memory estimate that enforces them.
///
/// A learner typing `points=1e9` gets a typed error before anything is allocated.
public enum DataLimits {
    /// The most memory one data set's features may take: 2 GiB.
    public static let maxBytes = 2 << 30
    /// The most classes a data set may have.
    public static let maxClasses = 10_000
    /// The most features a data set may have.
    public static let maxFeatures = 1 << 20

    /// Bytes for `samples` rows of `features` floats plus one label each, or `Int.max` on overflow.
    public static func estimatedBytes(samples: Int, features: Int) -> Int {
        let (cells, overflow1) = samples.multipliedReportingOverflow(by: features)
        let (floats, overflow2) = cells.multipliedReportingOverflow(by: MemoryLayout<Float>.size)
        let (labels, overflow3) = samples.multipliedReportingOverflow(by: MemoryLayout<Int>.size)
        let (total, overflow4) = floats.addingReportingOverflow(labels)
        return overflow1 || overflow2 || overflow3 || overflow4 ? Int.max : total
    }

    /// Throws unless `samples`×`features` fits the limits.
    public static func check(samples: Int, features: Int, what: String) throws(DataError) {
        guard samples >= 0 else {
            throw .invalidOption(name: "points", value: "\(samples)", expected: "a count ≥ 0")
        }
        guard features >= 1, features <= maxFeatures else {
            throw .invalidOption(name: "dims", value: "\(features)", expected: "1...\(maxFeatures)")
        }
        let bytes = estimatedBytes(samples: samples, features: features)
        guard bytes <= maxBytes else { throw .tooLarge(what: what, bytes: bytes, limit: maxBytes) }
    }

    /// The total sample count for `points` per class over `classes`, checked against the limits.
    static func checkedTotal(points: Int, classes: Int, features: Int, what: String) throws(DataError) -> Int {
        guard points >= 1 else {
            throw .invalidOption(name: "points", value: "\(points)", expected: "a count ≥ 1 per class")
        }
        guard classes >= 1, classes <= maxClasses else {
            throw .invalidOption(name: "classes", value: "\(classes)", expected: "1...\(maxClasses)")
        }
        let (total, overflow) = points.multipliedReportingOverflow(by: classes)
        guard !overflow else { throw .tooLarge(what: what, bytes: Int.max, limit: maxBytes) }
        try check(samples: total, features: features, what: what)
        return total
    }
}
