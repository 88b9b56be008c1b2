import Foundation

/// What grading costs on top of running: the median wall time of `nnlab grade` (a
/// child process, its events, the report) against `nnlab run` on the same submission.
enum GradeBenchmark {
    static let submission = """
        seed 0
        data spiral classes=3 points=100
        model 2 -> 100 relu -> 3
        optimizer sgd lr=0.5
        train epochs=20 batch=32
        """

    static func run() -> [String] {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let executable = directory.appendingPathComponent("nnlab").path
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            return ["  nnlab not built next to the benchmark; run `swift build -c release` (or `make bench`) first"]
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-grade-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let script = scratch.appendingPathComponent("solution.nnlab"), checks = scratch.appendingPathComponent("checks.nnlab")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            try submission.write(to: script, atomically: true, encoding: .utf8)
            try "expect val_acc > 0.5 points=2 \"learns\"\nexpect classes == 3\n".write(to: checks, atomically: true, encoding: .utf8)
        } catch {
            return ["  cannot write the submission: \(error)"]
        }
        let running = medianSeconds(repeats: 11) { PromptBenchmark.spawnAndWait(executable, ["run", script.path]) }
        let grading = medianSeconds(repeats: 11) {
            PromptBenchmark.spawnAndWait(executable, ["grade", script.path, "--checks", checks.path])
        }
        return ["  nnlab grade, median of 11: \(fixed(grading * 1e3)) ms; nnlab run on the same submission: \(fixed(running * 1e3)) ms;"
                + " grading adds \(fixed((grading - running) * 1e3)) ms (target < 50 ms)"]
    }
}
