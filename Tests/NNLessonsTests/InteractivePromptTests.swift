import Foundation
import Testing

/// The interactive prompt on a pseudo-terminal: readline editing, completion, history, Ctrl-C, Ctrl-D.
/// Like a person, the tests wait for the prompt before Ctrl-D: typed earlier, the terminal is
/// still in line mode and takes it as its own end-of-file marker, which readline never sees.
@Suite(.serialized) struct InteractivePromptTests {
    func start(history: URL? = nil) throws -> TerminalSession? {
        try TerminalSession.prompt(history: history)
    }

    @Test func runsCommandsKeepsTheSessionAndQuitsOnCtrlD() throws {
        guard let session = try start() else { return }
        session.type("let a = 2\r")
        #expect(session.waitFor("nnlab> "))
        session.type("print a * 3\r")
        #expect(session.waitFor("a * 3 = 6"), "\(session.screen)")
        session.type("bogus\r")
        #expect(session.waitFor("error: unknown command 'bogus'"), "\(session.screen)")
        #expect(session.waitFor("nnlab> "))
        session.type("\u{4}")
        #expect(session.exitStatus() == 0)
    }

    @Test func ctrlCClearsTheLineAndAnUnfinishedContinuation() throws {
        guard let session = try start() else { return }
        session.type("print 12")
        #expect(session.waitFor("print 12"))
        session.interrupt()
        #expect(session.waitFor("nnlab> "), "\(session.screen)")
        session.type("print 7\r")
        #expect(session.waitFor("7 = 7"), "\(session.screen)")
        session.type("print 1 + \\\r")
        #expect(session.waitFor("...> "))
        session.interrupt()
        #expect(session.waitFor("nnlab> "), "\(session.screen)")
        session.type("print 8\r")
        #expect(session.waitFor("8 = 8"), "\(session.screen)")
        #expect(!session.screen.contains("12 = 12"))
        #expect(!session.screen.contains("error"))
        session.type("quit\r")
        #expect(session.exitStatus() == 0)
    }

    @Test func tabCompletesCommandsWordsAndOptions() throws {
        guard let session = try start() else { return }
        session.type("opti\t")
        #expect(session.waitFor("optimizer "), "\(session.screen)")
        session.type("sgd mo\t")
        #expect(session.waitFor("momentum="), "\(session.screen)")
        session.type("0.9\r")
        #expect(session.waitFor("nnlab> "))
        #expect(!session.screen.contains("error"), "\(session.screen)")
        session.type("\u{4}")
        #expect(session.exitStatus() == 0)
    }

    @Test func historyIsSavedAndRecalled() throws {
        let directory = try TemporaryDirectory()
        let history = directory.url.appendingPathComponent("history")
        guard let first = try start(history: history) else { return }
        first.type("print 40 + 2\r")
        #expect(first.waitFor("40 + 2 = 42"))
        #expect(first.waitFor("nnlab> "))
        first.type("\u{4}")
        #expect(first.exitStatus() == 0)
        #expect(try String(contentsOf: history, encoding: .utf8).contains("print 40 + 2"))
        guard let second = try start(history: history) else { return }
        second.type("\u{1B}[A\r")
        #expect(second.waitFor("40 + 2 = 42"), "\(second.screen)")
        #expect(second.waitFor("nnlab> "))
        second.type("\u{4}")
        #expect(second.exitStatus() == 0)
    }
}

/// The training progress bar at the prompt: drawn on a terminal, with no control
/// sequences under `TERM=dumb`, and never in a pipe.
@Suite(.serialized) struct ProgressBarTerminalTests {
    static let training = "seed 0; data digits; model 64 -> 128 relu -> 10; train epochs=4\r"

    @Test func aDumbTerminalGetsTheBarWithoutEscapeCodes() throws {
        guard let binary = NNLabProcess.binary() else { return }
        let session = try TerminalSession(binary: binary, environment: ["SWIFT_BACKTRACE": "interactive=no", "TERM": "dumb",
                                                                        "NNLAB_HISTORY": ""])
        #expect(session.waitFor("nnlab> "), "no prompt: \(session.screen)")
        session.type(Self.training)
        #expect(session.waitFor("val_acc", timeout: 60), "\(session.screen)")
        #expect(session.waitFor("nnlab> ", timeout: 60))
        #expect(session.screen.contains("training epoch 4/4 ["), "no progress bar: \(session.screen)")
        #expect(session.screen.contains("/500  loss "), "the bar shows the loss")
        #expect(!session.screen.contains("\u{1B}[K"), "an erase code reached TERM=dumb")
        session.type("\u{4}")
        #expect(session.exitStatus() == 0)
    }

    @Test func aPipeGetsNoBar() throws {
        guard let result = try NNLabProcess.run([], input: Self.training.replacingOccurrences(of: "\r", with: "\n")) else { return }
        #expect(result.status == 0, "\(result.errors)")
        #expect(!(result.output + result.errors).contains("training epoch"))
        #expect(!(result.output + result.errors).contains("\u{1B}"))
    }
}
