import Foundation
import NNLab
import NNLang
import TextPlot

/// The cost of watching a run live: the same training run through the interpreter with
/// and without `train live=true`, its frames (loss curves and decision regions, in 256
/// colours on a 100x30 screen) built every 0.3 s as the terminal does and written to
/// /dev/null with the same cursor codes. Target: under 5% of the run's time, both as the
/// time spent drawing and as the difference in wall time.
enum LiveBenchmark {
    static let setup = "seed 0\ndata spiral points=1000\nmodel 2 -> 64 relu -> 64 relu -> 3\n"
    static let epochs = 1500
    /// The terminal's cadence (`LiveView.interval`).
    static let interval = 0.3
    static let target = RenderTarget(width: 99, height: 16, colors: .ansi256)

    static func run() -> [String] {
        var plain: [Double] = [], live: [Double] = []
        var frames = 0, drawing = 0.0
        for _ in 0..<3 {
            plain.append(measure(live: false).seconds)
            let watched = measure(live: true)
            live.append(watched.seconds)
            (frames, drawing) = (watched.frames, watched.drawing)
        }
        let (without, with) = (plain.min()!, live.min()!)
        let difference = (with - without) / without * 100, share = drawing / with * 100
        return [
            "  spiral (3000 points), 2-64-64-3, \(epochs) epochs (best of 3): \(fixed(without, 2)) s without live view,"
                + " \(fixed(with, 2)) s with it (\(fixed(difference, 1))% by wall time, noisy on a shared machine)",
            "  live view overhead: \(frames) frames of loss curves and decision regions, \(fixed(drawing / Double(max(frames, 1)) * 1000, 1)) ms"
                + " each, \(fixed(share, 1))% of the run (target < 5%: \(share < 5 && difference < 5 ? "met" : "not met"))",
        ]
    }

    /// One run; with `live`, frames are drawn into /dev/null at the terminal's cadence.
    private static func measure(live: Bool) -> (seconds: Double, frames: Int, drawing: Double) {
        let sink = FileHandle(forWritingAtPath: "/dev/null")!
        defer { try? sink.close() }
        let interpreter = Interpreter()
        var watched: LiveRun?
        var drawn = -Double.infinity, shown = 0, frames = 0, drawing = 0.0
        interpreter.onLiveRun = { watched = $0 }
        interpreter.onProgress = { event in
            guard let run = watched else { return }
            run.record(event)
            let now = Date.timeIntervalSinceReferenceDate
            guard now - drawn >= interval else { return }
            let frame = run.frame(in: target, maxLines: 28) + ["training [=====>   ] 1/2"]
            let up = shown > 1 ? "\u{1B}[\(shown - 1)A" : ""
            sink.write(Data(("\r" + up + "\u{1B}[J" + frame.joined(separator: "\n")).utf8))
            shown = frame.count
            frames += 1
            drawn = Date.timeIntervalSinceReferenceDate
            drawing += drawn - now
        }
        _ = interpreter.run(SourceFile(name: "setup.nnlab", text: setup)) { _ in }
        let train = SourceFile(name: "live.nnlab", text: "train epochs=\(epochs)" + (live ? " live=true" : ""))
        let renderer = TranscriptRenderer(source: train)
        var transcript = ""
        let elapsed = ContinuousClock().measure {
            _ = interpreter.run(train) { transcript += renderer.render(command: $0.source, blocks: $0.blocks) }
        }
        precondition(transcript.contains("val_acc"), "the benchmark run failed: \(transcript)")
        precondition(live == (frames > 0), "live frames: \(frames)")
        return (seconds(elapsed), frames, drawing)
    }
}
