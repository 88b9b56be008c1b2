import Foundation
import NNLab
import NNLang

/// Something a fuzz line did that it must not: not return, or fail with an error that is
/// not a proper diagnostic. (A crash ends the process; the binary test catches those.)
public struct FuzzFailure: Sendable, CustomStringConvertible {
    /// The run's seed.
    public var seed: UInt64
    /// The episode and the line's index in it.
    public var episode: FuzzEpisode
    public var lineIndex: Int
    /// What went wrong.
    public var problem: String

    /// The problem, the line, and how to replay it.
    public var description: String {
        """
        fuzz seed \(seed), episode \(episode.index), line \(lineIndex + 1): \(problem)
          line: \(episode.lines[lineIndex].debugDescription)
          replay: NNLAB_FUZZ_SEED=\(seed) swift test -c release -Xswiftc -enable-testing --filter FuzzTests
          or pipe the episode into nnlab:
        \(episode.lines[...lineIndex].map { "    " + $0.debugDescription }.joined(separator: "\n"))
        """
    }
}

/// Runs fuzz episodes through `Interpreter`, each line as a prompt entry (as `nnlab`
/// reading standard input does), rendering every output as a transcript would.
///
/// A watchdog waits for each line at most `lineBudget` seconds; a line that does not
/// return by then is a hang: the run is interrupted (as Ctrl-C would) and reported.
/// This bounds the test, it measures nothing.
public final class FuzzRunner: @unchecked Sendable {
    let seed: UInt64
    let episodes: [FuzzEpisode]
    private let lock = NSLock()
    private var current: (episode: Int, line: Int) = (0, 0)
    private var failures: [FuzzFailure] = []
    private var isCancelled = false

    /// A runner over `episodes` made from `seed`.
    public init(seed: UInt64, episodes: [FuzzEpisode]) {
        self.seed = seed
        self.episodes = episodes
    }

    /// Runs every line; returns the failures (empty when all is well).
    public func run(lineBudget: Double) -> [FuzzFailure] {
        let lineDone = DispatchSemaphore(value: 0)
        let total = episodes.reduce(0) { $0 + $1.lines.count }
        let worker = Thread { [self] in
            ThreadPolicy.$current.withValue(.fixed(1)) { runEpisodes { lineDone.signal() } }
        }
        worker.stackSize = 16 << 20
        worker.start()
        for _ in 0..<total {
            guard lineDone.wait(timeout: .now() + lineBudget) == .timedOut else { continue }
            return lock.withLock {
                isCancelled = true
                let episode = episodes[current.episode]
                return failures + [FuzzFailure(seed: seed, episode: episode, lineIndex: current.line,
                                               problem: "the line did not return within \(Int(lineBudget)) s (a hang)")]
            }
        }
        return lock.withLock { failures }
    }

    /// With `NNLAB_FUZZ_TRACE=FILE`, each line is written to FILE before it runs, so the
    /// line that crashed a process is the file's last.
    private let trace = ProcessInfo.processInfo.environment["NNLAB_FUZZ_TRACE"].flatMap { path in
        FileManager.default.createFile(atPath: path, contents: nil) ? FileHandle(forWritingAtPath: path) : nil
    }

    private func runEpisodes(afterEachLine: () -> Void) {
        for episode in episodes {
            trace?.write(Data("reset\n".utf8))
            let interpreter = Interpreter()
            interpreter.isInterrupted = { [self] in lock.withLock { isCancelled } }
            for (index, line) in episode.lines.enumerated() {
                let stop = lock.withLock {
                    current = (episode.index, index)
                    return isCancelled
                }
                if stop { return }
                trace?.write(Data((line.debugDescription + "\n").utf8))
                let problems = Self.problems(running: line, in: interpreter)
                lock.withLock {
                    failures += problems.map { FuzzFailure(seed: seed, episode: episode, lineIndex: index, problem: $0) }
                }
                afterEachLine()
            }
        }
    }

    /// Runs one line and renders its output; what is wrong with its errors, if anything.
    static func problems(running line: String, in interpreter: Interpreter) -> [String] {
        let source = SourceFile(name: "<fuzz>", text: line)
        var problems: [String] = []
        _ = interpreter.run(source) { statement in
            let renderer = TranscriptRenderer(width: interpreter.state.display.width ?? 80,
                                              height: interpreter.state.display.height, source: source)
            _ = renderer.render(command: statement.source, blocks: statement.blocks)
            for case .error(let diagnostic) in statement.blocks {
                problems += Self.problems(with: diagnostic, in: source)
            }
        }
        return problems
    }

    /// Words that betray an error that escaped from inside instead of a written message.
    static let leaks = ["internal error", "Error Domain", "Optional(", "couldn’t be completed", "(extension in",
                        "Swift.", "NNLab.", "NNLang.", "Foundation.", "Fatal error"]

    /// A diagnostic must say something, point into the line and read as a message.
    public static func problems(with diagnostic: Diagnostic, in source: SourceFile) -> [String] {
        var problems: [String] = []
        let rendered = DiagnosticRenderer(source: source).render(diagnostic)
        if diagnostic.message.isEmpty { problems.append("an error without a message") }
        let start = diagnostic.range.start
        if start.line < source.firstLine || start.line >= source.firstLine + source.lineCount || start.column < 1 {
            problems.append("an error outside the line (at \(start)): \(diagnostic.message)")
        }
        if !rendered.contains("<fuzz>:") { problems.append("an error without a position: \(rendered)") }
        if let leak = leaks.first(where: { rendered.contains($0) }) {
            problems.append("an internal error leaked ('\(leak)'): \(rendered)")
        }
        return problems
    }
}
