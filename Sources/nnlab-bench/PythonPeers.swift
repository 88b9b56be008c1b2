import Foundation

/// Runs the numpy and torch peers in `scripts/` with a fixed thread count; each prints one
/// number. Nil when python3, numpy or torch is missing.
enum PythonPeers {
    /// Steps per second of the same MLP training steps in numpy (`bench_numpy.py`).
    static func stepsPerSecond(sizes: [Int], batch: Int, steps: Int, threads: Int) -> Double? {
        run("bench_numpy.py", [sizes.map(String.init).joined(separator: ","), String(batch), String(steps)], threads: threads)
    }

    /// Steps per second of the same MLP training steps in torch (`bench_torch.py`).
    static func torchStepsPerSecond(sizes: [Int], batch: Int, steps: Int, threads: Int) -> Double? {
        run("bench_torch.py", [sizes.map(String.init).joined(separator: ","), String(batch), String(steps)], threads: threads)
    }

    /// Median seconds of a PCA fit on Gaussian data (`bench_numpy_pca.py`).
    static func pcaSeconds(samples: Int, features: Int, components: Int, threads: Int) -> Double? {
        run("bench_numpy_pca.py", [samples, features, components].map(String.init), threads: threads)
    }

    static func run(_ script: String, _ arguments: [String], threads: Int) -> Double? {
        let (status, output, _) = launch(["python3", scriptPath(script)] + arguments, threads: threads)
        guard status == 0 else { return nil }
        return Double(output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The wall seconds of a whole process, start-up included; nil when it fails.
    static func processSeconds(_ command: [String], threads: Int) -> Double? {
        let (status, _, elapsed) = launch(command, threads: threads)
        return status == 0 ? elapsed : nil
    }

    static func scriptPath(_ script: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../scripts/\(script)").standardized.path
    }

    /// Runs `command` through `env`, with every library's thread count set to `threads`.
    private static func launch(_ command: [String], threads: Int) -> (status: Int32, output: String, seconds: Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "LD_PRELOAD")
        for key in ["OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "NNLAB_THREADS"] { environment[key] = String(threads) }
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        let clock = ContinuousClock(), start = clock.now
        do { try process.run() } catch { return (-1, "", 0) }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), seconds(clock.now - start))
    }
}
