import Foundation

/// How fast `nnlab` reaches its prompt: the executable started with stdin at end of
/// file reads no line and exits, so the median wall time of a start is an upper bound
/// on the time to the prompt.
enum PromptBenchmark {
    static func run() -> [String] {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let executable = directory.appendingPathComponent("nnlab")
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            return ["  nnlab not built next to the benchmark; run `swift build -c release` (or `make bench`) first"]
        }
        let seconds = medianSeconds(repeats: 11) {
            let process = Process()
            process.executableURL = executable
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            var environment = ProcessInfo.processInfo.environment
            environment.removeValue(forKey: "LD_PRELOAD")
            process.environment = environment
            try? process.run()
            process.waitUntilExit()
        }
        return ["  nnlab start to prompt (and exit at end of input), median of 11: \(fixed(seconds * 1e3, 1)) ms (target < 50 ms)"]
    }
}
