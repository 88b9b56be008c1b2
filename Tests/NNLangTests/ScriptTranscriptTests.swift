import Foundation
import Testing
@testable import NNLang
import NNLab

/// Language tests in the jlox style: each `Scripts/NAME.nnlab` runs in a fresh session and
/// its transcript must equal `Scripts/NAME.expected` (re-record with NNLAB_RECORD=1).
/// The goldens are recorded in portable mode, so they hold on every machine; the fast
/// mode is held to repeating itself on the same machine.
@Suite struct ScriptTranscriptTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts")

    static var scripts: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".nnlab") }.map { String($0.dropLast(6)) }.sorted()
    }

    /// Runs a script and returns its transcript and exit code.
    static func transcript(of text: String, name: String, mode: NumericMode = .portable) -> (String, Int32) {
        let source = SourceFile(name: name + ".nnlab", text: text)
        let renderer = TranscriptRenderer(width: 80, height: 12, source: source)
        var output = ""
        let outcome = Interpreter(numericMode: mode).run(source) { statement in
            output += renderer.render(command: statement.source, blocks: statement.blocks)
        }
        return (output + "exit \(outcome.exitCode)\n", outcome.exitCode)
    }

    @Test(arguments: scripts)
    func transcriptMatches(name: String) throws {
        let script = try String(contentsOf: Self.directory.appendingPathComponent(name + ".nnlab"), encoding: .utf8)
        let (actual, _) = Self.transcript(of: script, name: name)
        let expectedURL = Self.directory.appendingPathComponent(name + ".expected")
        if ProcessInfo.processInfo.environment["NNLAB_RECORD"] != nil {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected, "transcript of \(name) differs; re-record with NNLAB_RECORD=1 and review the diff")
    }

    @Test(arguments: scripts)
    func sameScriptTwiceGivesTheSameTranscript(name: String) throws {
        let script = try String(contentsOf: Self.directory.appendingPathComponent(name + ".nnlab"), encoding: .utf8)
        #expect(Self.transcript(of: script, name: name, mode: .fast).0 == Self.transcript(of: script, name: name, mode: .fast).0)
    }
}

@Suite struct ReadmeTourTests {
    @Test func readmeShowsTheTourAsItRuns() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let expected = try String(contentsOf: ScriptTranscriptTests.directory.appendingPathComponent("tour.expected"), encoding: .utf8)
        let transcript = expected.components(separatedBy: "\nexit ")[0]
        #expect(readme.contains(transcript), "README's tour differs from Scripts/tour.expected; paste the new transcript")
    }
}
