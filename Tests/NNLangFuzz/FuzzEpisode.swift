import Foundation
import NNLang

/// Lines for one fresh session: usually a small working set-up first, then random lines.
public struct FuzzEpisode: Sendable {
    /// The episode's number in its run, from 0.
    public var index: Int
    /// The lines, in order; each is one entry, as typed at the prompt.
    public var lines: [String]

    /// `lines` episodes' worth of lines from `seed`, each episode 10 to 50 lines long.
    public static func make(seed: UInt64, lines total: Int, scratchDirectory: String) -> [FuzzEpisode] {
        var generator = FuzzLineGenerator(seed: seed, scratchDirectory: scratchDirectory)
        var episodes: [FuzzEpisode] = []
        var made = 0
        while made < total {
            generator.isClean = generator.random.chance(0.3)
            var lines = generator.isClean || generator.random.chance(0.7) ? generator.prelude() : []
            let length = min(generator.random.int(10...50), max(total - made - lines.count, 1))
            for _ in 0..<length { lines.append(generator.nextLine()) }
            episodes.append(FuzzEpisode(index: episodes.count, lines: lines))
            made += lines.count
        }
        return episodes
    }

    /// The seed CI runs with, so every run sees the same lines.
    public static let defaultSeed: UInt64 = 8

    /// The seed and line count of a fuzz run: `NNLAB_FUZZ_SEED` and `NNLAB_FUZZ_LINES` when
    /// set (to explore other lines, or replay a failure), else `defaultSeed` and `defaultLines`.
    public static func configuration(defaultLines: Int) -> (seed: UInt64, lines: Int) {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["NNLAB_FUZZ_SEED"].flatMap { UInt64($0) } ?? defaultSeed
        let lines = environment["NNLAB_FUZZ_LINES"].flatMap { Int($0) }.map { max($0, 1) } ?? defaultLines
        return (seed, lines)
    }

    /// The episode as a script, one entry a line, to replay with `nnlab < file`.
    public var script: String {
        lines.joined(separator: "\n") + "\n"
    }
}
