import Testing
@testable import NNLang
import NNLab
import TextPlot

/// Watching a run live: which runs are handed over (`set live=`, `train live=`), what a
/// frame holds, and that drawing frames never changes what the run does.
@Suite struct LiveRunTests {
    static let spiral = "seed 0\ndata spiral points=60\nmodel 2 -> 16 relu -> 3\n"

    /// A session that collects the runs handed over and, when `draws`, draws a frame
    /// after every event (far more often than a terminal would).
    final class Session {
        let interpreter = Interpreter()
        var runs: [LiveRun] = []
        var frames: [[String]] = []

        init(setup: String = LiveRunTests.spiral, draws: Bool = false) {
            _ = interpreter.run(SourceFile(name: "setup", text: setup)) { _ in }
            interpreter.onLiveRun = { [unowned self] in runs.append($0) }
            interpreter.onProgress = { [unowned self] event in
                guard let run = runs.last else { return }
                run.record(event)
                if draws { frames.append(run.frame(in: RenderTarget(width: 100, height: 12, colors: .ansi256), maxLines: 20)) }
            }
        }

        /// The output blocks of `text` as plain lines, without the echoed command.
        func run(_ text: String) -> [String] {
            let source = SourceFile(name: "<prompt>", text: text)
            let renderer = TranscriptRenderer(source: source)
            var lines: [String] = []
            _ = interpreter.run(source) { lines += $0.blocks.flatMap(renderer.renderLines) }
            return lines
        }
    }

    @Test func onlyLiveRunsAreHandedOver() {
        let session = Session()
        _ = session.run("train epochs=2")
        #expect(session.runs.isEmpty)
        _ = session.run("train epochs=2 live=true")
        #expect(session.runs.count == 1)
        #expect(session.run("set live=on") == ["width terminal, height 16, color auto, live on, threads auto, portable off"])
        _ = session.run("train epochs=2")
        #expect(session.runs.count == 2)
        _ = session.run("train epochs=2 live=false")
        #expect(session.runs.count == 2, "live=false overrides set live=on for one run")
        _ = session.run("train epochs=2 lr=[0.01, 0.001]")
        #expect(session.runs.count == 4, "one live run per combination")
        #expect(session.interpreter.state.display.live)
    }

    @Test func overfitAndEMAAreWatchedWhenLiveIsOn() {
        let session = Session()
        _ = session.run("overfit steps=5; ema epochs=1")
        #expect(session.runs.isEmpty)
        _ = session.run("set live=on")
        _ = session.run("overfit steps=5")
        #expect(session.runs.count == 1 && session.runs[0].stepCount == 5)
        _ = session.run("ema epochs=1")
        #expect(session.runs.count == 2 && session.runs[1].stepCount == session.interpreter.state.runs.last!.stepCount)
    }

    @Test func drawingFramesChangesNothingInTheRun() {
        let watched = Session(draws: true), plain = Session()
        let command = "train epochs=15 batch=16"
        let watchedOutput = watched.run(command + " live=true"), plainOutput = plain.run(command)
        #expect(watched.frames.count > 100)
        #expect(watchedOutput == plainOutput)
        #expect(watched.interpreter.state.streams == plain.interpreter.state.streams)
        #expect(watched.interpreter.state.runs.map(\.stepLosses) == plain.interpreter.state.runs.map(\.stepLosses))
        let after = "train epochs=1; print val_acc"
        #expect(watched.run(after) == plain.run(after), "the weights and random streams carry on the same")
    }

    @Test func aFrameOnTwoDimensionalDataHasTheLossAndTheRegionsSideBySide() throws {
        let session = Session(draws: true)
        _ = session.run("train epochs=3 live=true")
        let run = try #require(session.runs.last)
        #expect(run.showsRegions)
        let frame = run.frame(in: RenderTarget(width: 100, height: 16), maxLines: 40)
        let titles = try #require(frame.first)
        #expect(titles.contains("loss") && titles.contains("decision regions"))
        #expect(titles.range(of: "loss")!.lowerBound < titles.range(of: "decision regions")!.lowerBound)
        #expect(frame.allSatisfy { $0.count <= 100 }, "\(frame.map(\.count).max()!) columns")
        #expect(frame.contains { $0.contains("class 2") }, "the regions' legend")
    }

    @Test func aFrameIsShortenedToFitTheLinesGiven() throws {
        let session = Session()
        _ = session.run("train epochs=3 live=true")
        let run = try #require(session.runs.last)
        let tall = run.frame(in: RenderTarget(width: 100, height: 40), maxLines: 200)
        let short = run.frame(in: RenderTarget(width: 100, height: 40), maxLines: 18)
        #expect(tall.count >= 40, "the height asked for, when it fits")
        #expect(short.count <= 18 && short.count >= 12, "\(short.count) lines")
    }

    @Test func dataWithMoreFeaturesGetsOnlyTheLossCurves() throws {
        let session = Session(setup: "seed 0\ndata digits points=200\nmodel 64 -> 16 relu -> 10\n", draws: true)
        _ = session.run("train epochs=2 live=true")
        let run = try #require(session.runs.last)
        #expect(!run.showsRegions)
        #expect(run.plots().count == 1)
        let frame = try #require(session.frames.last)
        #expect(frame.first?.contains("loss") == true && !frame.joined().contains("decision regions"))
    }

    @Test func theFrameDrawsTheLossesRecordedSoFar() throws {
        let session = Session()
        _ = session.run("train epochs=2 live=true")
        let run = try #require(session.runs.last)
        let plot = try #require(run.plots().first as? LinePlot)
        let history = session.interpreter.state.runs.last!
        let raw = try #require(plot.series.first)
        #expect(raw.y == history.stepLosses)
        let validation = try #require(plot.series.last)
        #expect(validation.y == history.epochs.compactMap(\.validationLoss))
    }
}
