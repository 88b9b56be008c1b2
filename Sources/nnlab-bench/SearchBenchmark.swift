import Foundation
import NNLab
import NNLang

/// A 100-trial, 2-epoch random search of 64-128-10 on digits through the interpreter, on
/// all cores and on one, against the same search as a PyTorch loop on one thread.
enum SearchBenchmark {
    static let trials = 100, epochs = 2
    static let setup = "seed 0\ndata digits\nmodel 64 -> 128 relu -> 10\n"
    static let search = "sweep lr=logu(1e-4,1e-1) trials=\(trials) epochs=\(epochs)"

    /// The report's lines and torch's time over nnlab's (nil without torch).
    static func run() -> (lines: [String], ratio: Double?) {
        let workers = ParallelTrials.defaultWorkers
        let (all, allResult) = timeSearch(workers: workers)
        let (one, oneResult) = timeSearch(workers: 1)
        var lines = [
            "  sweep, \(trials) trials of \(epochs) epochs, 64-128-10 on digits: \(fixed(all, 2)) s on \(workers) workers, "
                + "\(fixed(one, 2)) s on 1 (\(fixed(one / all, 2))x); results the same on both: \(allResult == oneResult ? "yes" : "NO")",
        ]
        guard let torch = torchSeconds() else {
            return (lines + ["    torch: not available (python3 with torch not found)"], nil)
        }
        let ratio = torch / all
        lines.append("    torch loop, 1 thread: \(fixed(torch, 2)) s")
        return (lines, ratio)
    }

    /// The search command's seconds (data and model already made) and what it found.
    private static func timeSearch(workers: Int) -> (Double, SearchResult?) {
        let interpreter = Interpreter()
        _ = interpreter.run(SourceFile(name: "setup.nnlab", text: setup)) { _ in }
        interpreter.searchWorkers = workers
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = interpreter.run(SourceFile(name: "search.nnlab", text: search)) { _ in } }
        precondition(interpreter.state.lastSearch?.trials.count == trials, "the benchmark search failed")
        return (seconds(elapsed), interpreter.state.lastSearch)
    }

    /// The PyTorch loop's seconds on the same digits, saved by nnlab for it.
    private static func torchSeconds() -> Double? {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-bench-digits.csv").path
        _ = Interpreter().run(SourceFile(name: "save.nnlab", text: setup + "save data \"\(path)\"")) { _ in }
        defer { try? FileManager.default.removeItem(atPath: path) }
        return PythonPeers.run("bench_torch_sweep.py", [path, String(trials), String(epochs)], threads: 1)
    }
}
