import Foundation
import Testing

/// The built binary against streams and files that fail or never end: a full disk for
/// the transcript, endless or binary input, a save that cannot finish.
@Suite(.timeLimit(.minutes(2))) struct StreamFailureTests {
    @Test func aTranscriptThatCannotBeWrittenExitsTwoSayingSo() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("x.nnlab", "print 1\nprint 2\nlet x = 3\nexpect x == 3\n")
        guard let result = try NNLabProcess.run(["run", "x.nnlab"], in: directory.url, outputPath: "/dev/full") else { return }
        #expect(result.status == 2)
        #expect(result.errors == "nnlab: cannot write the output to standard output: the disk is full (ENOSPC); "
                + "the output is incomplete\n")
    }

    @Test func thePromptWithAFullDiskForOutputExitsTwo() throws {
        guard let result = try NNLabProcess.run([], input: "print 1\nprint 2\n", outputPath: "/dev/full") else { return }
        #expect(result.status == 2)
        #expect(result.errors.contains("the disk is full (ENOSPC)"), "\(result.errors)")
    }

    @Test func endlessBinaryInputEndsWithAnError() throws {
        guard let result = try NNLabProcess.run([], inputPath: "/dev/zero") else { return }
        #expect(result.status == 2)
        #expect(result.errors == "nnlab: <stdin> holds binary data (a NUL byte on line 1), not commands; "
                + "give a script as text, e.g. nnlab run script.nnlab\n")
        guard let script = try NNLabProcess.run(["run", "-"], inputPath: "/dev/zero") else { return }
        #expect(script.status == 2)
        #expect(script.errors.contains("<stdin> is a binary file"), "\(script.errors)")
        guard let device = try NNLabProcess.run(["run", "/dev/zero"]) else { return }
        #expect(device.status == 2)
        #expect(device.errors.contains("/dev/zero is a device, not a script or lesson"), "\(device.errors)")
    }

    @Test func aLineWithoutEndIsRefusedAtTheLimit() throws {
        let line = String(repeating: "x", count: (1 << 20) + 10)
        guard let result = try NNLabProcess.run([], input: "print 1\n" + line) else { return }
        #expect(result.status == 2)
        #expect(result.output == "1 = 1\n")
        #expect(result.errors.contains("<stdin> line 2 is longer than 1 MiB"), "\(result.errors)")
    }

    @Test func aBinaryLineAfterCommandsNamesItsLine() throws {
        guard let result = try NNLabProcess.run([], input: "print 1\nprint 2\nab\u{0}c\n") else { return }
        #expect(result.status == 2)
        #expect(result.errors.contains("a NUL byte on line 3"), "\(result.errors)")
    }

    /// `nnlab run save.nnlab` under `ulimit -f` (in 512-byte blocks), so the save's write fails.
    private func runLimited(_ directory: TemporaryDirectory, blocks: Int) throws -> Int32? {
        guard let binary = NNLabProcess.binary() else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f \(blocks); exec \"$0\" run save.nnlab >out.txt 2>err.txt", binary.path]
        process.currentDirectoryURL = directory.url
        process.environment = ["SWIFT_BACKTRACE": "interactive=no", "NNLAB_HISTORY": "", "PATH": "/usr/bin:/bin"]
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func aSaveThatFailsHalfwayKeepsTheOldFileAndLeavesNoTemporaryFile() throws {
        let directory = try TemporaryDirectory()
        let good = try directory.write("data.csv", "x0,x1,label\n1,2,0\n")
        _ = try directory.write("save.nnlab", "data digits\nsave data \"data.csv\"\n")
        guard let status = try runLimited(directory, blocks: 64) else { return }
        #expect(status == 2)
        #expect(try String(contentsOf: good, encoding: .utf8) == "x0,x1,label\n1,2,0\n")
        let output = try String(contentsOf: directory.url.appendingPathComponent("out.txt"), encoding: .utf8)
        #expect(output.contains("error: cannot write 'data.csv': the file would be larger than this process may write"), "\(output)")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
        #expect(names == ["data.csv", "err.txt", "out.txt", "save.nnlab"])
    }
}
