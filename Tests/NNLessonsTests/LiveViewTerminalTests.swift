import Foundation
import Testing

/// The progress bar's fields and the live view (`set live=on`) at the prompt on a
/// pseudo-terminal: frames redrawn in place on a real terminal, the last one kept when
/// the run ends or is interrupted, and nothing of it under `TERM=dumb` or in a pipe.
@Suite(.serialized) struct LiveViewTerminalTests {
    static let spiral = "seed 0; data spiral points=1000; model 2 -> 32 relu -> 3"
    static let escape = "\u{1B}"

    func start(term: String) throws -> TerminalSession? {
        guard let binary = NNLabProcess.binary() else { return nil }
        let session = try TerminalSession(binary: binary, environment: ["SWIFT_BACKTRACE": "interactive=no", "TERM": term,
                                                                        "NNLAB_HISTORY": "", "NO_COLOR": "1"])
        #expect(session.waitFor("nnlab> "), "no prompt: \(session.screen)")
        return session
    }

    func quit(_ session: TerminalSession) {
        session.type("\u{4}")
        #expect(session.exitStatus() == 0)
    }

    /// The text between the last frame redraw (`ESC[J`) before `marker` and `marker`.
    func lastFrame(before marker: String, in screen: String) -> Substring? {
        guard let end = screen.range(of: marker, options: .backwards),
              let start = screen.range(of: "\(Self.escape)[J", options: .backwards, range: screen.startIndex..<end.lowerBound)
        else { return nil }
        return screen[start.upperBound..<end.lowerBound]
    }

    @Test func theBarShowsEpochLossValidationAccuracyRateAndETA() throws {
        guard let session = try start(term: "xterm") else { return }
        session.type("seed 0; data digits; model 64 -> 32 relu -> 10; train epochs=150\r")
        #expect(session.waitFor("train_loss", timeout: 120), "\(session.screen)")
        #expect(session.waitFor("nnlab> ", timeout: 60))
        let bar = session.screen.components(separatedBy: "\r").filter { $0.hasPrefix("training epoch ") }
        #expect(bar.contains { $0.contains("epoch 1/150 [") }, "\(bar.prefix(3))")
        #expect(bar.contains { $0.contains("epoch 150/150 [") })
        #expect(bar.contains { $0.contains("/18750  loss ") })
        #expect(bar.contains { $0.contains("  val acc 0.") })
        #expect(bar.contains { $0.contains(" steps/s  ETA ") }, "\(bar.suffix(3))")
        #expect(bar.allSatisfy { $0.count <= 99 + "\(Self.escape)[K".count }, "the bar fits the 100 columns")
        #expect(!session.screen.contains("\(Self.escape)[J"), "no live frame without set live=on")
        quit(session)
    }

    @Test func liveRedrawsTheLossAndRegionsInPlaceAndKeepsTheLastFrame() throws {
        guard let session = try start(term: "xterm") else { return }
        session.type("set live=on\r")
        #expect(session.waitFor("live on"))
        session.type(Self.spiral + "; train epochs=400\r")
        #expect(session.waitFor("train_loss", timeout: 120), "\(session.screen)")
        #expect(session.waitFor("nnlab> ", timeout: 60))
        let screen = session.screen
        let frames = screen.components(separatedBy: "\(Self.escape)[J").count - 1
        #expect(frames >= 2, "\(frames) frames")
        #expect(screen.contains("\(Self.escape)[16A") || screen.contains("A\(Self.escape)[J"), "frames are redrawn over the last one")
        let last = try #require(lastFrame(before: "epoch 1  loss", in: screen), "the run's output follows the frame")
        #expect(last.contains("decision regions") && last.contains("loss"))
        #expect(last.contains("training epoch 400/400 ["), "the final frame shows the finished bar: \(last.suffix(200))")
        quit(session)
    }

    @Test func ctrlCDuringALiveRunLeavesTheLastFrameAndSaysWhereItStopped() throws {
        guard let session = try start(term: "xterm") else { return }
        session.type(Self.spiral + "; train epochs=100000 live=true\r")
        #expect(session.waitFor("decision regions", timeout: 60), "no live frame: \(session.screen)")
        session.interrupt()
        #expect(session.waitFor("interrupted before step ", timeout: 30), "\(session.screen.suffix(500))")
        #expect(session.waitFor("nnlab> ", timeout: 30))
        let screen = session.screen
        let last = try #require(lastFrame(before: "interrupted before step ", in: screen))
        #expect(last.contains("decision regions") && last.contains("training epoch "))
        let after = try #require(screen.range(of: "interrupted before step ", options: .backwards))
        #expect(!screen[after.upperBound...].contains("\(Self.escape)[J"), "nothing redrawn after the run")
        quit(session)
    }

    @Test func aDumbTerminalGetsNoLiveFrames() throws {
        guard let session = try start(term: "dumb") else { return }
        session.type("set live=on; " + Self.spiral + "; train epochs=200\r")
        #expect(session.waitFor("train_loss", timeout: 120), "\(session.screen)")
        #expect(session.waitFor("nnlab> ", timeout: 60))
        #expect(session.screen.contains("training epoch "), "the bar is still there")
        #expect(!session.screen.contains("decision regions"))
        #expect(!session.screen.contains(Self.escape), "a control sequence reached TERM=dumb")
        quit(session)
    }

    @Test func aPipeGetsNoBarAndNoFrames() throws {
        let input = "set live=on\n\(Self.spiral.replacingOccurrences(of: "; ", with: "\n"))\ntrain epochs=50 live=true\n"
        guard let result = try NNLabProcess.run([], input: input) else { return }
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("train_loss"))
        #expect(!(result.output + result.errors).contains("decision regions"))
        #expect(!(result.output + result.errors).contains("training epoch"))
        #expect(!(result.output + result.errors).contains(Self.escape))
    }
}
