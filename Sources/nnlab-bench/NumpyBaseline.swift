import Foundation

/// Runs the numpy baselines in `scripts/` with a fixed BLAS thread count; each prints one
/// number. Nil when python3 or numpy is missing.
enum NumpyBaseline {
    /// Steps per second of the same MLP training steps (`bench_numpy.py`).
    static func stepsPerSecond(sizes: [Int], batch: Int, steps: Int, threads: Int) -> Double? {
        run("bench_numpy.py", [sizes.map(String.init).joined(separator: ","), String(batch), String(steps)], threads: threads)
    }

    /// Median seconds of a PCA fit on Gaussian data (`bench_numpy_pca.py`).
    static func pcaSeconds(samples: Int, features: Int, components: Int, threads: Int) -> Double? {
        run("bench_numpy_pca.py", [samples, features, components].map(String.init), threads: threads)
    }

    static func run(_ script: String, _ arguments: [String], threads: Int) -> Double? {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../scripts/\(script)").standardized.path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "LD_PRELOAD")
        for key in ["OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"] { environment[key] = String(threads) }
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
