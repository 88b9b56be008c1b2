/// Joins the slices of one search (`nnlab run FILE --shard i/N`, for i = 1…N) into the
/// result a single process would have given.
public enum SearchMerge {
    /// The whole search from its slices, each given once; the error names what does not fit.
    public static func merge(_ slices: [(name: String, result: SearchResult)]) throws(SearchMergeError) -> SearchResult {
        guard let (firstName, first) = slices.first else { throw SearchMergeError("give the results files of the shards to merge") }
        var seen: [Int: String] = [:]
        for (name, slice) in slices {
            guard let shard = slice.shard else {
                throw SearchMergeError("\(name) holds a whole search, not a shard: there is nothing to merge it with")
            }
            guard slice.command == first.command, slice.searchSeed == first.searchSeed, slice.trialCount == first.trialCount,
                  shard.count == first.shard?.count else {
                throw SearchMergeError("\(name) comes from another search than \(firstName) "
                                       + "(\(slice.command), shard \(shard); against \(first.command), shard \(first.shard.map(String.init(describing:)) ?? "-"))")
            }
            if let earlier = seen[shard.index] {
                throw SearchMergeError("\(name) and \(earlier) are both shard \(shard): give each shard once")
            }
            seen[shard.index] = name
        }
        let count = first.shard?.count ?? 1
        let missing = (1...count).filter { seen[$0] == nil }
        guard missing.isEmpty else {
            throw SearchMergeError("shard\(missing.count == 1 ? "" : "s") " + missing.map { "\($0)/\(count)" }.joined(separator: ", ")
                                   + " missing: run nnlab run FILE --shard \(missing[0])/\(count) and merge its results file too")
        }
        var merged = first
        merged.shard = nil
        merged.trials = slices.flatMap(\.result.trials).sorted { $0.index < $1.index }
        return merged
    }
}

/// Why slices do not merge.
public struct SearchMergeError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
