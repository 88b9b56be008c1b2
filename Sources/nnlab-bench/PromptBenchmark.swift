import Foundation

/// How fast `nnlab` starts: with stdin at end of file it parses its arguments, reads no
/// line and exits, so the median wall time of a start (posix_spawn to waitpid) is an
/// upper bound on the time to the prompt; `--version` and `run --help` time the
/// argument parser's paths.
enum PromptBenchmark {
    static func run() -> [String] {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let executable = directory.appendingPathComponent("nnlab").path
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            return ["  nnlab not built next to the benchmark; run `swift build -c release` (or `make bench`) first"]
        }
        let baseline = medianSeconds(repeats: 21) { spawnAndWait("/bin/true", []) }
        let cases: [(label: String, arguments: [String])] = [
            ("start to prompt (and exit at end of input)", []), ("nnlab --version", ["--version"]),
            ("nnlab run --help", ["run", "--help"]),
        ]
        return cases.map { label, arguments in
            let seconds = medianSeconds(repeats: 21) { spawnAndWait(executable, arguments) }
            return "  \(label), median of 21: \(fixed(seconds * 1e3, 1)) ms"
                + " (/bin/true: \(fixed(baseline * 1e3, 1)) ms; target < 20 ms)"
        }
    }

    /// Starts `path` with stdin, stdout and stderr on /dev/null and waits for it.
    static func spawnAndWait(_ path: String, _ extraArguments: [String]) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var pid: pid_t = 0
        let arguments = ([path] + extraArguments).map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != "LD_PRELOAD" }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { environment.forEach { free($0) } }
        guard posix_spawn(&pid, path, &actions, nil, arguments, environment) == 0 else { return }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }
}
