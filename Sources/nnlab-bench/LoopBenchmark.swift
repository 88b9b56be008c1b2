import Foundation
import NNLab
import NNLang

/// The small training loop as whole processes, start-up and data included: `nnlab run` of
/// a 20,000-step script against the same loop in numpy and in torch (`bench_loop.py`),
/// every side on one thread.
enum LoopBenchmark {
    static let steps = 20_000
    static let script = "seed 0\ndata digits\nmodel 64 -> 128 relu -> 10\ntrain steps=\(steps) batch=64\n"

    /// Median seconds of nnlab, numpy and torch (nil when one cannot run).
    /// Runs the loops, prints their times and adds their targets to `board`.
    static func report(on board: TargetBoard) {
        let loop = run()
        print("  nnlab run \(loop.nnlab.map { fixed($0, 2) + " s" } ?? "failed (build the nnlab executable: swift build -c release)"), "
              + "numpy \(loop.numpy.map { fixed($0, 2) + " s" } ?? "not available"), torch \(loop.torch.map { fixed($0, 2) + " s" } ?? "not available")")
        board.add("loop against numpy's", loop.nnlab.flatMap { ours in loop.numpy.map { $0 / ours } }, goal: 3)
        board.add("loop against torch's", loop.nnlab.flatMap { ours in loop.torch.map { $0 / ours } }, goal: 12)
    }

    private static func run() -> (nnlab: Double?, numpy: Double?, torch: Double?) {
        let directory = FileManager.default.temporaryDirectory
        let scriptPath = directory.appendingPathComponent("nnlab-bench-loop.nnlab").path
        let dataPath = directory.appendingPathComponent("nnlab-bench-loop-digits.csv").path
        defer {
            try? FileManager.default.removeItem(atPath: scriptPath)
            try? FileManager.default.removeItem(atPath: dataPath)
        }
        _ = FileManager.default.createFile(atPath: scriptPath, contents: Data(script.utf8))
        _ = Interpreter().run(SourceFile(name: "save.nnlab", text: "seed 0\ndata digits\nsave data \"\(dataPath)\"")) { _ in }
        let nnlab = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("nnlab").path
        let loop = PythonPeers.scriptPath("bench_loop.py")
        return (median { PythonPeers.processSeconds([nnlab, "run", scriptPath], threads: 1) },
                median { PythonPeers.processSeconds(["python3", loop, "numpy", dataPath, String(steps)], threads: 1) },
                median { PythonPeers.processSeconds(["python3", loop, "torch", dataPath, String(steps)], threads: 1) })
    }

    private static func median(_ once: () -> Double?) -> Double? {
        var times: [Double] = []
        for _ in 0..<3 {
            guard let time = once() else { return nil }
            times.append(time)
        }
        return times.sorted()[1]
    }
}
