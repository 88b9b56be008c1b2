import Foundation
import Testing

/// The prompt's numbered entries, its `:` keys, Tab for values, names, fields and paths,
/// and Ctrl-C in a history search, on a pseudo-terminal. Completions are checked by what
/// the completed command then prints, not by how readline redraws the line.
@Suite(.serialized) struct PromptSessionTerminalTests {
    @Test func entriesAreNumberedAndContinuationsAlignWithTheNumber() throws {
        guard let session = try TerminalSession.prompt() else { return }
        session.type("let a = 2\r")
        #expect(session.waitFor("[2] nnlab> "), "\(session.screen)")
        session.type("\r")
        #expect(session.waitFor("[2] nnlab> "), "a blank line is no entry: \(session.screen)")
        session.type("print a * \\\r")
        #expect(session.waitFor("\n      ...> "), "the continuation's > is under the prompt's: \(session.screen)")
        session.type("3\r")
        #expect(session.waitFor("= 6"), "\(session.screen)")
        #expect(session.waitFor("[3] nnlab> "), "a continued entry is one entry: \(session.screen)")
        session.type(":help\r")
        #expect(session.waitFor(":history"), "\(session.screen)")
        #expect(session.waitFor("[3] nnlab> "), "a key is no entry: \(session.screen)")
        session.type("bogus\r")
        #expect(session.waitFor("unknown command 'bogus'"))
        #expect(session.waitFor("[4] nnlab> "), "an entry that fails is numbered too: \(session.screen)")
        session.type("\u{4}")
        #expect(session.exitStatus() == 0)
    }

    @Test func historyListsTheEntriesWithTheirNumbers() throws {
        guard let session = try TerminalSession.prompt() else { return }
        session.type("let a = 2\r")
        #expect(session.waitFor("[2] nnlab> "))
        session.type("print a * \\\r")
        #expect(session.waitFor("...> "))
        session.type("3\r")
        #expect(session.waitFor("[3] nnlab> "))
        session.type(":history\r")
        #expect(session.waitFor("1  let a = 2\r\n2  print a * \\\r\n   3\r\n[3] nnlab> "), "\(session.screen)")
        session.type("quit\r")
        #expect(session.exitStatus() == 0)
    }

    @Test func helpListsTheKeysAndAnUnknownKeyIsExplained() throws {
        guard let session = try TerminalSession.prompt() else { return }
        session.type(":help\r")
        for key in [":help", ":history", ":reset", ":save FILE", ":quit"] {
            #expect(session.screen.contains(key) || session.waitFor(key), "\(key) missing: \(session.screen)")
        }
        session.type(":xyz\r")
        #expect(session.waitFor("nnlab: unknown key ':xyz'; the keys here are :help, :history, :reset, :save FILE, :quit"),
                "\(session.screen)")
        session.type(":hint\r")
        #expect(session.waitFor(":hint works in a lesson (nnlab lesson 01)"), "\(session.screen)")
        session.type(":quit\r")
        #expect(session.exitStatus() == 0)
    }

    /// `check loss` draws the model's weights from the seed's stream: a second model in the
    /// same session draws different ones, the first model after `:reset` the same again.
    @Test func resetGivesTheSessionOfStartUpWithItsStreams() throws {
        let directory = try TemporaryDirectory()
        let notes = directory.url.appendingPathComponent("notes.md").path
        guard let session = try TerminalSession.prompt() else { return }
        let build = "data spiral; model 2 -> 8 relu -> 3; check loss; print initial_loss\r"
        session.type("let a = 1\r")
        session.type(build)
        #expect(session.waitFor("initial_loss = "), "\(session.screen)")
        #expect(session.waitFor("[3] nnlab> "))
        let first = try #require(Self.lastInitialLoss(session.screen))
        session.type("model 2 -> 8 relu -> 3; check loss; print initial_loss\r")
        #expect(session.waitFor("[4] nnlab> "), "\(session.screen)")
        #expect(Self.lastInitialLoss(session.screen) != first, "the stream moved on: \(session.screen)")
        session.type(":reset\r")
        #expect(session.waitFor("a fresh session as at start-up"), "\(session.screen)")
        session.type("print a\r")
        #expect(session.waitFor("unknown name 'a'"), "variables are gone: \(session.screen)")
        session.type(build)
        #expect(session.waitFor("[6] nnlab> "), "numbers go on after :reset: \(session.screen)")
        #expect(Self.lastInitialLoss(session.screen) == first, "\(session.screen)")
        session.type(":save \(notes)\r")
        #expect(session.waitFor("saved "), "\(session.screen)")
        #expect(session.waitFor("[6] nnlab> "))
        session.type("\u{4}")
        #expect(session.exitStatus() == 0)
        guard let replay = try NNLabProcess.run(["run", notes]) else { return }
        #expect(replay.output.contains("initial_loss = \(first)"), "\(replay.output)")
        #expect(!replay.output.contains("let a"), "the notes start at :reset: \(replay.output)")
    }

    static func lastInitialLoss(_ screen: String) -> String? {
        screen.components(separatedBy: "initial_loss = ").last.flatMap { $0.split(whereSeparator: \.isNewline).first.map(String.init) }
    }

    /// Before the fix, Ctrl-C left the search running and Enter ran the line it had found.
    @Test func ctrlCDuringAHistorySearchCancelsItAndClearsTheLine() throws {
        let directory = try TemporaryDirectory()
        let history = try directory.write("history", "print 40 + 2\n")
        guard let session = try TerminalSession.prompt(history: history) else { return }
        session.type("print 5")
        #expect(session.waitFor("print 5"))
        session.type("\u{12}4") // one key, so none is left to arrive after the Ctrl-C
        #expect(session.waitFor("print 40 + 2"), "the search found the line: \(session.screen)")
        session.interrupt()
        #expect(session.waitFor("[1] nnlab> "), "\(session.screen)")
        session.type("\r")
        #expect(session.waitFor("[1] nnlab> "))
        session.type("print 7\r")
        #expect(session.waitFor("7 = 7"), "\(session.screen)")
        #expect(session.waitFor("[2] nnlab> "), "\(session.screen)")
        #expect(!session.screen.contains("= 42"), "the found line ran: \(session.screen)")
        #expect(!session.screen.contains("5 = 5"), "the line typed before the search ran: \(session.screen)")
        session.type("\u{4}")
        #expect(session.exitStatus() == 0)
    }

    @Test func tabCompletesOptionValuesLayerWordsAndNames() throws {
        guard let session = try TerminalSession.prompt() else { return }
        session.type("optimizer sgd momentum=0.9 nesterov=tr\t\r")
        #expect(session.waitFor("optimizer sgd lr=0.001 momentum=0.9 nesterov\r\n"), "\(session.screen)")
        session.type("schedule cos\t\r")
        #expect(session.waitFor("cosine"), "\(session.screen)")
        session.type("model 2 -> 8 re\t-> 3\r")
        #expect(session.waitFor("model 2 -> 8 relu -> 3: 3 layers"), "\(session.screen)")
        session.type("let learning = 0.25\r")
        session.type("print 2 * lear\t\r")
        #expect(session.waitFor("2 * learning = 0.5"), "\(session.screen)")
        #expect(session.waitFor("[6] nnlab> "), "\(session.screen)")
        #expect(!session.screen.contains("error"), "\(session.screen)")
        session.type("\u{4}")
        #expect(session.exitStatus() == 0)
    }

    @Test func tabCompletesTheFieldsOfARecordInTheSession() throws {
        guard let session = try TerminalSession.prompt() else { return }
        session.type("landscape ravine; descend sgd lr=0.1 steps=5\r")
        #expect(session.waitFor("[2] nnlab> "), "\(session.screen)")
        session.type("print descent.di\t\t")
        #expect(session.waitFor("descent.distance"), "both fields listed: \(session.screen)")
        #expect(session.waitFor("descent.diverged"), "\(session.screen)")
        session.type("s\t\r")
        #expect(session.waitFor("descent.distance = "), "\(session.screen)")
        #expect(session.waitFor("[3] nnlab> "), "\(session.screen)")
        #expect(!session.screen.contains("error"), "\(session.screen)")
        session.type("\u{4}")
        #expect(session.exitStatus() == 0)
    }

    @Test func tabCompletesPathsInsideQuotes() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: directory.url.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let rows = (0..<20).map { "\($0),\($0 % 3),\($0 % 2 == 0 ? "a" : "b")" }
        _ = try directory.write("sub/points.csv", (["x,y,label"] + rows).joined(separator: "\n") + "\n")
        guard let session = try TerminalSession.prompt() else { return }
        session.type("data csv \"\(directory.url.path)/su\t")
        #expect(session.waitFor("sub/"), "\(session.screen)")
        session.type("po\t label=la\t\r")
        #expect(session.waitFor("points.csv: 20 samples, 2 features, 2 classes"), "\(session.screen)")
        #expect(session.waitFor("[2] nnlab> "), "\(session.screen)")
        #expect(!session.screen.contains("error"), "\(session.screen)")
        session.type("\u{4}")
        #expect(session.exitStatus() == 0)
    }
}
