import Foundation
import NNLangFuzz
import Testing

/// Fuzz lines through the built binary, as standard input: a crash anywhere (a trap, a
/// signal) ends the process, which the in-process fuzz test cannot observe. The exit code
/// must be one `nnlab` documents and the run must end; `NNLAB_FUZZ_SEED` and
/// `NNLAB_FUZZ_LINES` apply as in `FuzzTests`.
@Suite struct FuzzBinaryTests {
    @Test func randomLinesThroughTheBinaryExitNormally() throws {
        guard let binary = NNLabProcess.binary() else { return }
        let (seed, count) = FuzzEpisode.configuration(defaultLines: 400)
        let directory = try TemporaryDirectory()
        let episodes = FuzzEpisode.make(seed: seed &+ 1, lines: count, scratchDirectory: directory.url.path)
        // A NUL byte makes the whole input binary, refused before any line runs (tested
        // elsewhere); here the lines must run.
        let input = episodes.map(\.script).joined(separator: "reset\n").replacingOccurrences(of: "\0", with: "\u{1}")
        let stdin = try directory.write("fuzz.nnlab", input)
        let process = Process()
        process.executableURL = binary
        process.currentDirectoryURL = directory.url
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment["NNLAB_HISTORY"] = ""
        process.environment = environment
        process.standardInput = try FileHandle(forReadingFrom: stdin)
        process.standardOutput = try FileHandle(forWritingTo: directory.write("output", ""))
        process.standardError = try FileHandle(forWritingTo: directory.write("errors", ""))
        try process.run()
        // A bound on the whole run, so a hang fails instead of stalling CI; it measures nothing.
        let deadline = Date().addingTimeInterval(600)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            Issue.record("nnlab did not finish \(count) fuzz lines (seed \(seed &+ 1)) in 600 s; input kept at \(stdin.path)")
            return
        }
        let errors = try String(contentsOf: directory.url.appendingPathComponent("errors"), encoding: .utf8)
        let output = try String(contentsOf: directory.url.appendingPathComponent("output"), encoding: .utf8)
        let exitedNormally = process.terminationReason == .exit && [0, 1, 2].contains(process.terminationStatus)
        #expect(exitedNormally, """
            nnlab \(process.terminationReason == .exit ? "exited with" : "died of signal") \(process.terminationStatus) \
            on fuzz seed \(seed &+ 1) (\(count) lines); replay: NNLAB_FUZZ_SEED=\(seed) NNLAB_FUZZ_LINES=\(count) \
            swift test -c release -Xswiftc -enable-testing --filter FuzzBinaryTests; its last output: \(output.suffix(1500)) \
            \(errors.suffix(1500))
            """)
        // The lines ran: the set-ups made data, and bad lines were answered with diagnostics.
        #expect(output.contains(" samples, ") && output.contains("error: "),
                "output: \(output.prefix(1500)) errors: \(errors.prefix(1500))")
    }
}
