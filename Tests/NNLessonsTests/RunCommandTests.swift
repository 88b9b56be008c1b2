import Foundation
import Testing

/// `nnlab run FILE` end to end: the built binary on small scripts and lessons.
@Suite struct RunCommandTests {
    static let setup = """
        seed 0
        data spiral classes=3 points=100
        split train=0.8 val=0.2 test=0
        model 2 -> 100 relu -> 3
        loss softmax
        optimizer sgd lr=0.1
        schedule constant
        """

    private func run(_ name: String, _ text: String, environment: [String: String] = [:]) throws -> NNLabProcess.Result? {
        let directory = try TemporaryDirectory()
        _ = try directory.write(name, text)
        return try NNLabProcess.run(["run", name], environment: environment, in: directory.url)
    }

    @Test func passingExpectsExitZero() throws {
        let script = Self.setup + "\nlet target = log(3)\nprint target\nexpect target ~= 1.0986 tol=0.001\n"
        guard let result = try run("ok.nnlab", script) else { return }
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        #expect(result.output.hasPrefix("> seed 0\n"))
        #expect(result.output.contains("> print target\ntarget = 1.099\n"))
        #expect(result.output.contains("PASS target ~= 1.0986"))
    }

    @Test func nnlabThreadsSetsThePolicyAndABadValueIsNamed() throws {
        guard let fixed = try run("threads.nnlab", "show config", environment: ["NNLAB_THREADS": "1"]),
              let bad = try run("threads.nnlab", "show config", environment: ["NNLAB_THREADS": "lots"]) else { return }
        #expect(fixed.status == 0 && fixed.errors.isEmpty, "\(fixed.errors)")
        #expect(fixed.output.contains("threads       1\n"))
        #expect(bad.status == 0)
        #expect(bad.errors.contains("NNLAB_THREADS=lots is neither 'auto' nor a whole number from 1 to 256; using auto"))
        #expect(bad.output.contains("threads       auto"))
    }

    @Test func aFailedExpectExitsOneAndTheRunGoesOn() throws {
        guard let result = try run("fail.nnlab", "let x = 2\nexpect x == 3 \"x is three\"\nprint x\n") else { return }
        #expect(result.status == 1)
        #expect(result.output.contains("FAIL x == 3: actual 2, expected 3 \"x is three\""))
        #expect(result.output.hasSuffix("> print x\nx = 2\n"))
    }

    @Test func aSyntaxErrorOnLineThreeStopsEverythingBeforeItRuns() throws {
        guard let result = try run("syntax.nnlab", "seed 0\nprint 1\nmodel 2 -> -> 3\nprint 2\n") else { return }
        #expect(result.status == 2)
        #expect(result.output.contains("syntax.nnlab:3:12"))
        #expect(result.output.contains("3 | model 2 -> -> 3"))
        #expect(!result.output.contains("> seed 0"))
        #expect(!result.output.contains("1 = 1"))
    }

    @Test func aRuntimeErrorStopsTheRunWithExitTwo() throws {
        guard let result = try run("stop.nnlab", "print 1\nsplit train=0.5 val=0.5 test=0\nprint 3\n") else { return }
        #expect(result.status == 2)
        #expect(result.output.contains("> print 1\n1 = 1\n"))
        #expect(result.output.contains("error: there is no data yet\n --> stop.nnlab:2:1"))
        #expect(!result.output.contains("> print 3"))
    }

    @Test(arguments: [
        ("missing.nnlab", nil, "cannot read missing.nnlab: no such file"),
        ("binary.nnlab", "seed 0\u{0}\u{1}", "binary.nnlab is a binary file"),
    ])
    func unreadableFilesExitTwoNamingTheFile(name: String, contents: String?, message: String) throws {
        let directory = try TemporaryDirectory()
        if let contents { _ = try directory.write(name, contents) }
        guard let result = try NNLabProcess.run(["run", name], in: directory.url) else { return }
        #expect(result.status == 2)
        #expect(result.errors.contains(message), "\(result.errors)")
        #expect(result.output.isEmpty)
    }

    @Test func transcriptsArePlainAndRepeatable() throws {
        let script = Self.setup + "\nprint 1 / 3\n"
        guard let first = try run("same.nnlab", script, environment: ["FORCE_COLOR": "1"]),
              let second = try run("same.nnlab", script) else { return }
        #expect(first.output == second.output)
        #expect(!first.output.contains("\u{1B}"))
        #expect(first.errors.isEmpty)
    }

    @Test func aLessonRunsItsSolutionsAndNamesMarkdownLines() throws {
        let lesson = """
            # A lesson
            ```nnlab
            let x = 1
            ```
            Fill in the hole.
            ```nnlab exercise
            let y = ???
            ```
            ```nnlab solution
            let y = x + 1
            expect y == 2
            ```
            """
        guard let good = try run("lesson.md", lesson) else { return }
        #expect(good.status == 0, "\(good.output)")
        #expect(good.output == "> let x = 1\n> let y = x + 1\n> expect y == 2\nPASS y == 2: actual 2, expected 2\n")
        guard let bad = try run("bad.md", lesson.replacingOccurrences(of: "x + 1", with: "x +")) else { return }
        #expect(bad.status == 2)
        #expect(bad.output.contains("bad.md:10:"), "\(bad.output)")
    }

    @Test func anUnterminatedFenceIsAnErrorAtItsLine() throws {
        guard let result = try run("open.md", "# title\n\n```nnlab\nseed 0\n") else { return }
        #expect(result.status == 2)
        #expect(result.errors.contains("open.md:3:1"), "\(result.errors)")
        #expect(result.errors.contains("never closed"))
    }
}

/// `nnlab run FILE --shard i/N` and `nnlab merge`, end to end through the binary.
@Suite struct ShardCommandTests {
    static let script = """
        seed 0
        data digits points=40
        model 64 -> 32 relu -> 10
        sweep lr=logu(1e-4,1e-1) trials=5 epochs=1
        print best.lr
        """

    @Test func twoShardsMergeIntoTheTableOfOneRun() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("search.nnlab", Self.script)
        guard let whole = try NNLabProcess.run(["run", "search.nnlab"], in: directory.url) else { return }
        for index in 1...2 {
            guard let shard = try NNLabProcess.run(["run", "search.nnlab", "--shard", "\(index)/2"], in: directory.url) else { return }
            #expect(shard.status == 0, "\(shard.errors)")
            #expect(shard.errors.contains("written to search.shard-\(index)-of-2.json"), "\(shard.errors)")
            #expect(!shard.output.contains("> print best.lr"), "a shard stops after its search: \(shard.output)")
        }
        guard let merged = try NNLabProcess.run(["merge", "search.shard-1-of-2.json", "search.shard-2-of-2.json"],
                                                in: directory.url) else { return }
        #expect(merged.status == 0, "\(merged.errors)")
        let section = whole.output.components(separatedBy: "> sweep lr=logu(1e-4,1e-1) trials=5 epochs=1\n")[1]
            .components(separatedBy: "> print best.lr")[0]
        #expect(merged.output == section)
        #expect(merged.output.hasPrefix("sweep: 5 trials, best first\n"))
    }

    @Test func badShardsAndFilesAreRefusedWithTheFix() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("search.nnlab", Self.script)
        _ = try directory.write("plain.nnlab", "seed 0\nprint 1\n")
        _ = try directory.write("broken.json", "{ not json")
        let cases: [([String], String)] = [
            (["run", "search.nnlab", "--shard", "3/2"], "i must be between 1 and N"),
            (["run", "search.nnlab", "--shard", "two"], "--shard takes i/N"),
            (["run", "search.nnlab", "--results", "x.json"], "give --shard i/N too"),
            (["run", "plain.nnlab", "--shard", "1/2"], "the file ran no sweep or grid"),
            (["merge", "missing.json"], "cannot read missing.json"),
            (["merge", "broken.json"], "broken.json: it is not a results file"),
        ]
        for (arguments, message) in cases {
            guard let result = try NNLabProcess.run(arguments, in: directory.url) else { return }
            #expect(result.status == 2, "\(arguments)")
            #expect(result.errors.contains(message), "\(arguments): \(result.errors)")
        }
    }
}
