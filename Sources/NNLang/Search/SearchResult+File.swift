import Foundation
import NNLab

/// The results file a shard writes and `nnlab merge` reads: JSON, one object per search.
extension SearchResult {
    /// The format's name and version, checked on reading.
    static let formatName = "nnlab-search", formatVersion = 1

    /// The result as JSON (keys sorted, so the same search writes the same file).
    public func encoded() -> Data {
        let stored = StoredSearch(
            format: Self.formatName, version: Self.formatVersion, kind: kind, command: command,
            search_seed: String(searchSeed), trial_count: trialCount, shard: shard.map { [$0.index, $0.count] },
            axes: axes.map(StoredAxis.init), trials: trials.map(StoredTrial.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? encoder.encode(stored)) ?? Data()
    }

    /// A result read back from `encoded()`'s JSON; the error says what is wrong with the file.
    public init(decoding data: Data) throws(SearchFileError) {
        guard let header = try? JSONDecoder().decode(StoredHeader.self, from: data) else {
            throw SearchFileError("it is not a results file of nnlab run --shard (not JSON, or no format field)")
        }
        guard header.format == Self.formatName else {
            throw SearchFileError("it is not an nnlab results file (its format is \"\(header.format)\")")
        }
        guard header.version == Self.formatVersion else {
            throw SearchFileError("it has format version \(header.version), and this nnlab reads version \(Self.formatVersion)")
        }
        let stored: StoredSearch
        do { stored = try JSONDecoder().decode(StoredSearch.self, from: data) }
        catch { throw SearchFileError("a field is missing or of the wrong type (\(Self.fieldName(of: error)))") }
        guard let searchSeed = UInt64(stored.search_seed) else { throw SearchFileError("its search_seed is not a whole number") }
        var shard: Shard?
        if let pair = stored.shard {
            guard pair.count == 2, pair[1] >= 1, (1...pair[1]).contains(pair[0]) else { throw SearchFileError("its shard is not i/N") }
            shard = Shard(index: pair[0], count: pair[1])
        }
        var axes: [SearchAxis] = []
        for axis in stored.axes { axes.append(try axis.axis()) }
        var trials: [TrialOutcome] = []
        for trial in stored.trials { trials.append(try trial.outcome(axes: axes.count)) }
        self.init(kind: stored.kind, command: stored.command, searchSeed: searchSeed, axes: axes,
                  trialCount: stored.trial_count, trials: trials, shard: shard)
    }

    private static func fieldName(of error: Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _)?: "no \(key.stringValue)"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        default: "unreadable"
        }
    }
}

/// What is wrong with a results file.
public struct SearchFileError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

private struct StoredHeader: Decodable {
    var format: String
    var version: Int
}

private struct StoredSearch: Codable {
    var format: String
    var version: Int
    var kind: String
    var command: String
    var search_seed: String
    var trial_count: Int
    var shard: [Int]?
    var axes: [StoredAxis]
    var trials: [StoredTrial]
}

private struct StoredAxis: Codable {
    var name: String
    var values: [StoredValue]?
    var choice: [StoredValue]?
    var logu: [Double]?
    var uniform: [Double]?

    init(_ axis: SearchAxis) {
        name = axis.name
        switch axis.domain {
        case .values(let list): values = list.map(StoredValue.init)
        case .distribution(.choice(let list)): choice = list.map(StoredValue.init)
        case .distribution(.logUniform(let lower, let upper)): logu = [lower, upper]
        case .distribution(.uniform(let lower, let upper)): uniform = [lower, upper]
        }
    }

    func axis() throws(SearchFileError) -> SearchAxis {
        if let values { return SearchAxis(name: name, domain: .values(try StoredValue.values(values))) }
        if let choice { return SearchAxis(name: name, domain: .distribution(.choice(try StoredValue.values(choice)))) }
        if let logu, logu.count == 2 { return SearchAxis(name: name, domain: .distribution(.logUniform(lower: logu[0], upper: logu[1]))) }
        if let uniform, uniform.count == 2 { return SearchAxis(name: name, domain: .distribution(.uniform(lower: uniform[0], upper: uniform[1]))) }
        throw SearchFileError("the axis \(name) has no values, choice, logu or uniform")
    }
}

private struct StoredTrial: Codable {
    var index: Int
    var values: [StoredValue]
    var ending: String
    var diverged: Bool
    var train_loss: Double?
    var train_acc: Double?
    var val_loss: Double?
    var val_acc: Double?

    init(_ trial: TrialOutcome) {
        index = trial.index
        values = trial.values.map(StoredValue.init)
        ending = trial.ending
        diverged = trial.diverged
        train_loss = trial.metrics?.trainLoss
        train_acc = trial.metrics?.trainAccuracy
        val_loss = trial.metrics?.validationLoss
        val_acc = trial.metrics?.validationAccuracy
    }

    func outcome(axes: Int) throws(SearchFileError) -> TrialOutcome {
        guard values.count == axes else { throw SearchFileError("trial \(index + 1) has \(values.count) values for \(axes) axes") }
        let metrics = train_loss.flatMap { loss in
            train_acc.map { FinalMetrics(trainLoss: loss, trainAccuracy: $0, validationLoss: val_loss, validationAccuracy: val_acc) }
        }
        return TrialOutcome(index: index, values: try StoredValue.values(values),
                            metrics: metrics, ending: ending, diverged: diverged)
    }
}

/// One option value: a number, true/false or a word.
private struct StoredValue: Codable {
    var number: Double?
    var bool: Bool?
    var word: String?

    init(_ value: Value) {
        switch value {
        case .number(let value): number = value
        case .bool(let value): bool = value
        default: word = value.text ?? value.literal
        }
    }

    static func values(_ stored: [StoredValue]) throws(SearchFileError) -> [Value] {
        var values: [Value] = []
        for value in stored { values.append(try value.value()) }
        return values
    }

    func value() throws(SearchFileError) -> Value {
        if let number { return .number(number) }
        if let bool { return .bool(bool) }
        if let word { return .word(word) }
        throw SearchFileError("a value is neither a number, true/false nor a word")
    }
}
