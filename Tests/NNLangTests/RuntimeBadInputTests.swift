import Foundation
import Testing
@testable import NNLang

/// Bad input at run time: each line after a small valid setup must end the run with a
/// diagnostic (exit 2) naming its line, never a crash or hang, and leave the session as it was.
@Suite struct RuntimeBadInputTests {
    static let setup = "seed 0\ndata spiral points=20\nmodel 2 -> 8 relu -> 3\n"

    static let cases: [String] = [
        "model 2 -> 1e12 -> 3",
        "model 2 -> 1000000 -> 1000000 -> 3",
        "data gaussian points=1000000000 dims=500",
        "data spiral points=1e9",
        "data csv \"/nonexistent/file.csv\"",
        "data idx \"/nonexistent/a\" \"/nonexistent/b\"",
        "load model \"/nonexistent/net.safetensors\"",
        "load model nothing_saved",
        "split train=0.8 val=0.3 test=0.1",
        "train epochs=-1",
        "train epochs=1 lr=nan",
        "train epochs=1 lr=1e400",
        "train epochs=1e30",
        "train epochs=1 patience=2 batch=0",
        "optimizer sgd nesterov=true",
        "augment flip",
        "plot loss",
        "save history \"/nonexistent/dir/h.csv\"",
        "model 3 -> 8 -> 3",
        "model 2 -> 8 -> 4",
        "data spiral only=[0,7]",
        "lrfind from=1 to=0.1",
        "print val_acc",
        "for x in 3: print x",
        "let x = log(-1)",
        "init constant",
    ]

    @Test(arguments: cases)
    func endsWithADiagnosticAndKeepsTheSession(line: String) {
        let interpreter = Interpreter()
        let setupOutcome = interpreter.run(SourceFile(name: "setup.nnlab", text: Self.setup)) { _ in }
        #expect(setupOutcome.exitCode == 0)
        let params = interpreter.state.results["params"]
        let features = interpreter.state.results["features"]
        let outcome = interpreter.run(SourceFile(name: "bad.nnlab", text: line)) { _ in }
        #expect(outcome.exitCode == 2, "'\(line)' did not fail")
        #expect(outcome.error?.range.start.line == 1)
        #expect(interpreter.state.results["params"] == params)
        #expect(interpreter.state.results["features"] == features)
    }

    @Test func malformedFilesAreRefusedWithTheReason() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-bad-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("bad.csv")
        try "x,y,label\n1,2,0\n3,oops,1\n".write(to: csv, atomically: true, encoding: .utf8)
        let weights = directory.appendingPathComponent("bad.safetensors")
        try Data([0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 1, 2]).write(to: weights)
        let binary = directory.appendingPathComponent("binary.csv")
        try Data((0..<255).map { UInt8($0) }).write(to: binary)
        for (line, phrase) in [("data csv \"\(csv.path)\"", "line 3"), ("load model \"\(weights.path)\"", "safetensors"),
                               ("data csv \"\(binary.path)\"", "binary data")] {
            var messages: [String] = []
            let outcome = Interpreter().run(SourceFile(name: "f.nnlab", text: line)) { output in
                for case .error(let diagnostic) in output.blocks { messages.append(diagnostic.message) }
            }
            #expect(outcome.exitCode == 2)
            #expect(messages.joined().contains(phrase), "\(messages)")
        }
    }
}
