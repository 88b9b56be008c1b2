import Foundation
import NNLab
import NNLang

/// Where a shard's results go.
struct ShardOutput {
    var shard: Shard
    var path: String

    /// `search.shard-2-of-4.json` for `search.nnlab` (or for standard input).
    static func defaultPath(for file: String, shard: Shard) -> String {
        let name = file == "-" ? "search" : ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        return "\(name).shard-\(shard.index)-of-\(shard.count).json"
    }

    /// Writes the search's slice; the exit code (2 when the file ran no search or the write failed).
    func write(_ search: SearchResult?) -> Int32 {
        guard let search else {
            StandardStream.error.writeLine("nnlab: --shard \(shard): the file ran no sweep or grid, so there were no trials to split")
            return 2
        }
        guard let text = String(data: search.encoded(), encoding: .utf8) else { return 2 }
        do {
            try AtomicFile.write(text + "\n", to: path)
        } catch {
            StandardStream.error.writeLine("nnlab: --shard \(shard): \(error)")
            return 2
        }
        StandardStream.error.writeLine("shard \(shard): \(search.trials.count) of \(search.trialCount) trials written to \(path); "
                                       + "the file stops after its search in a shard")
        return 0
    }
}

/// `nnlab merge`: reads each results file, joins them, prints the report.
struct ShardMerger {
    var paths: [String]

    func run() -> Int32 {
        var slices: [(name: String, result: SearchResult)] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                StandardStream.error.writeLine("nnlab merge: cannot read \(path): no such file, or not readable")
                return 2
            }
            do {
                slices.append((path, try SearchResult(decoding: data)))
            } catch {
                StandardStream.error.writeLine("nnlab merge: \(path): \(error)")
                return 2
            }
        }
        do {
            let merged = try SearchMerge.merge(slices)
            StandardStream.output.write(TranscriptRenderer().render(command: "", blocks: SearchReport.blocks(merged)))
            return 0
        } catch {
            StandardStream.error.writeLine("nnlab merge: \(error)")
            return 2
        }
    }
}
