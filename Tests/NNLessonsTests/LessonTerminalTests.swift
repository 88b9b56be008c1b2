import Foundation
import Glibc
import Testing

/// `nnlab lesson` on a pseudo-terminal, keys typed as a learner types them: Enter runs
/// a block, `:hint`, `:skip`, `:back` (the session as it was), `:quit`, the exercise on
/// the line to edit, resuming after a `kill -9`, and `:save` then `nnlab run` of the notes.
/// Ctrl-U (`\u{15}`) empties a line that holds an exercise before a key is typed; like a
/// person, the tests wait for the prompt first (keys typed earlier reach the terminal's
/// line editing, not readline's, and readline then puts the exercise before them).
@Suite(.serialized) struct LessonTerminalTests {
    /// A scratch folder with the test lesson and a state folder.
    final class Workspace {
        let directory: TemporaryDirectory
        let lesson: String
        var state: String { directory.url.path + "/state" }

        init() throws {
            directory = try TemporaryDirectory()
            lesson = try StepperLesson.write(into: directory)
        }

        /// `nnlab lesson` of the test lesson on a new terminal.
        func start(term: String = "dumb") throws -> TerminalSession? {
            guard let binary = NNLabProcess.binary() else { return nil }
            let environment = ["SWIFT_BACKTRACE": "interactive=no", "TERM": term, "NNLAB_HISTORY": "", "NNLAB_STATE": state,
                               "NO_COLOR": "1"]
            return try TerminalSession(binary: binary, arguments: ["lesson", lesson], environment: environment)
        }

        /// The saved record, as JSON.
        func savedRecord() throws -> [String: Any] {
            let data = try Data(contentsOf: URL(fileURLWithPath: state + "/lessons/09-test.json"))
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
    }

    /// The first `initial loss N` on the screen after `marker`.
    static func initialLoss(in screen: String, after marker: String = "") -> String? {
        let tail = marker.isEmpty ? screen[...] : screen[(screen.range(of: marker, options: .backwards)?.upperBound ?? screen.startIndex)...]
        guard let range = tail.range(of: "initial loss ") else { return nil }
        return String(tail[range.upperBound...].prefix { $0 != "," })
    }

    @Test func aLessonWatchesTrainingLiveAfterSetLiveOn() throws {
        let workspace = try Workspace()
        guard let session = try workspace.start(term: "xterm") else { return }
        #expect(session.waitFor("lesson 1/3> "), "\(session.screen)")
        session.type("set live=on\r")
        #expect(session.waitFor("live on"), "\(session.screen)")
        #expect(session.waitFor("lesson 1/3> "))
        session.type("seed 0; data spiral points=1000; model 2 -> 32 relu -> 3; train epochs=300\r")
        #expect(session.waitFor("train_loss", timeout: 120), "\(session.screen)")
        let frames = session.screen.components(separatedBy: "\u{1B}[J").count - 1
        #expect(frames >= 1, "\(frames) live frames")
        #expect(session.screen.contains("decision regions"))
        session.type(":quit\r")
        #expect(session.exitStatus() == 0)
    }

    @Test func forwardShowsProseAndOutputThenHintSkipAndQuit() throws {
        let workspace = try Workspace()
        guard let session = try workspace.start() else { return }
        #expect(session.waitFor("Intro prose."), "\(session.screen)")
        #expect(session.waitFor("── step 1 of 3 · Enter runs the block ──"))
        #expect(session.waitFor("lesson 1/3> "))
        session.type("\r")
        #expect(session.waitFor("> data blobs classes=3 points=20"), "\(session.screen)")
        #expect(session.waitFor("blobs: 60 samples, 2 features, 3 classes"))
        #expect(session.waitFor("lesson 2/3> "))
        session.type(":hint\r")
        #expect(session.waitFor("this block has no hints"))
        session.type("\r")
        #expect(session.waitFor("initial loss "), "\(session.screen)")
        #expect(session.waitFor("lesson 3/3> "))
        #expect(!session.screen.contains("seven."), "hints stay hidden until asked")
        session.type("\u{15}:hint\r")
        #expect(session.waitFor("Hint 1 of 2: seven."), "\(session.screen)")
        #expect(session.waitFor("lesson 3/3> let b"))
        session.type("\u{15}:skip\r")
        #expect(session.waitFor("skipped; the solution runs"))
        #expect(session.waitFor("PASS b == 7"))
        #expect(session.waitFor("lesson done: done, exercises passed 0 of 1, 1 skipped"), "\(session.screen)")
        session.type(":quit\r")
        #expect(session.waitFor("progress saved"))
        #expect(session.exitStatus() == 0)
        let steps = try #require(try workspace.savedRecord()["steps"] as? [[String: Any]])
        #expect(steps.map { $0["status"] as? String } == ["done", "done", "skipped"])
        #expect(steps[2]["hintsShown"] as? Int == 1)
    }

    @Test func theExerciseIsOnTheLineAndBackRestoresTheSession() throws {
        let workspace = try Workspace()
        guard let session = try workspace.start() else { return }
        #expect(session.waitFor("lesson 1/3> "))
        session.type("\r")
        #expect(session.waitFor("lesson 2/3> "))
        session.type("\r")
        #expect(session.waitFor("lesson 3/3> let b = ???; expect b == 7"), "the exercise on the line: \(session.screen)")
        let firstLoss = try #require(Self.initialLoss(in: session.screen))
        session.type("\r")
        #expect(session.waitFor("a hole '???' is left to fill"), "\(session.screen)")
        #expect(session.waitFor("not yet, attempt 1"))
        #expect(session.waitFor("lesson 3/3> let b = ???; expect b == 7"))
        session.type("\u{15}init normal std=3\r")
        #expect(session.waitFor("re-initialized"))
        #expect(session.waitFor("lesson 3/3> let b"))
        session.type("\u{15}:back\r")
        #expect(session.waitFor("back to step 2 of 3"), "\(session.screen)")
        #expect(session.waitFor("lesson 2/3> "))
        session.type("print a\r")
        #expect(session.waitFor("a = 1"), "the session as it was before step 2: \(session.screen)")
        session.type("\r")
        #expect(session.waitFor("lesson 3/3> let b"))
        #expect(Self.initialLoss(in: session.screen, after: "back to step 2") == firstLoss, "the same draws after the replay")
        session.type("\u{15}let b = 7; expect b == 7\r")
        #expect(session.waitFor("exercise passed, at attempt 2"), "\(session.screen)")
        #expect(session.waitFor("lesson done> "))
        session.type(":quit\r")
        #expect(session.exitStatus() == 0)
    }

    @Test func aKillMidLessonResumesWhereTheLearnerStopped() throws {
        let workspace = try Workspace()
        guard let first = try workspace.start() else { return }
        #expect(first.waitFor("lesson 1/3> "))
        first.type("\r")
        #expect(first.waitFor("lesson 2/3> "))
        first.type("\r")
        #expect(first.waitFor("lesson 3/3> let b"))
        first.type("\u{15}let c = a * 5\r")
        #expect(first.waitFor("lesson 3/3> let b"))
        first.type("\u{15}train steps=100000 batch=8\r")
        Thread.sleep(forTimeInterval: 0.3)
        kill(first.process.processIdentifier, SIGKILL)
        #expect(first.exitStatus() != 0)
        guard let second = try workspace.start() else { return }
        #expect(second.waitFor("Saved progress: step 3 of 3, exercises passed 0 of 1. Resume there? [Y/n] "), "\(second.screen)")
        second.type("\r")
        #expect(second.waitFor("replaying 3 commands"))
        #expect(second.waitFor("lesson 3/3> let b = ???"), "\(second.screen)")
        second.type("\u{15}print c\r")
        #expect(second.waitFor("c = 10"), "the typed command is replayed, the killed one lost: \(second.screen)")
        #expect(second.waitFor("lesson 3/3> let b"))
        second.type("\u{15}:where\r")
        #expect(second.waitFor("step 3 of 3 (an exercise)"))
        #expect(second.waitFor("lesson 3/3> let b"))
        second.type("\u{15}:quit\r")
        #expect(second.exitStatus() == 0)
    }

    @Test func savedNotesRunAgainWithTheSameOutput() throws {
        let workspace = try Workspace()
        guard let session = try workspace.start() else { return }
        let notes = workspace.directory.url.path + "/notes.md"
        #expect(session.waitFor("lesson 1/3> "))
        session.type("\r")
        #expect(session.waitFor("lesson 2/3> "))
        session.type("show model\r")
        #expect(session.waitFor("error: there is no model yet"))
        session.type("\r")
        #expect(session.waitFor("lesson 3/3> let b"))
        session.type("\u{15}:save \(notes)\r")
        #expect(session.waitFor("saved 6 commands with their output in \(notes)"), "\(session.screen)")
        #expect(session.waitFor("lesson 3/3> let b"))
        session.type("\u{15}:quit\r")
        #expect(session.exitStatus() == 0)
        let loss = try #require(Self.initialLoss(in: session.screen))
        let markdown = try String(contentsOfFile: notes, encoding: .utf8)
        guard let run = try NNLabProcess.run(["run", notes]) else { return }
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == NotebookFile.transcript(of: markdown), "\(run.output)")
        #expect(run.output.contains("initial loss \(loss),"))
        #expect(!run.output.contains("show model"), "a failed command is in the notes, not in the run")
        #expect(markdown.contains("> show model\nerror: there is no model yet"))
    }
}

/// Reads a notebook written by `:save`: what `nnlab run` must print for it.
enum NotebookFile {
    /// Each ```` ```nnlab ```` block echoed as `> line` (`. line` after the first), then the
    /// ```` ```text ```` block right after it, if any.
    static func transcript(of markdown: String) -> String {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result = ""
        var index = 0
        var lastWasCommand = false
        while index < lines.count {
            let line = lines[index]
            guard line.hasPrefix("```"), line.hasSuffix("nnlab") || line.hasSuffix("text") else {
                if !line.isEmpty { lastWasCommand = false }
                index += 1
                continue
            }
            let fence = String(line.prefix { $0 == "`" })
            let end = lines[(index + 1)...].firstIndex(of: fence) ?? lines.count
            let body = Array(lines[(index + 1)..<end])
            if line.hasSuffix("nnlab") {
                result += body.enumerated().map { ($0.offset == 0 ? "> " : ". ") + $0.element + "\n" }.joined()
                lastWasCommand = true
            } else if lastWasCommand {
                result += body.map { $0 + "\n" }.joined()
                lastWasCommand = false
            }
            index = end + 1
        }
        return result
    }
}
