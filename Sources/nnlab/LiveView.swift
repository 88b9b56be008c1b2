@preconcurrency import Glibc
import NNLab
import NNLang
import TextPlot

/// The live frame of a watched run (`set live=on`): its plots with the progress bar
/// under them, redrawn in place (cursor up, erase to the end of the screen) at most
/// every `interval` seconds. When the run ends the last frame stays and output follows
/// below it. Only made for a terminal that takes control sequences.
final class LiveView {
    /// Seconds between redraws.
    static let interval = 0.3
    /// Where frames are drawn.
    private let stream: StandardStream
    /// The run being watched, nil between runs.
    private var run: LiveRun?
    /// Lines of the frame on screen (the bar's included), 0 when none.
    private var shownLines = 0
    /// When the frame was last drawn (monotonic seconds).
    private var drawnTime = -Double.infinity

    init(stream: StandardStream) {
        self.stream = stream
    }

    /// Whether a run is being watched.
    var isWatching: Bool { run != nil }

    /// Starts watching `run`; a frame still on screen from an earlier run is finished.
    func begin(_ run: LiveRun, bar: String?) {
        if isWatching { finish(bar: bar) }
        self.run = run
        drawnTime = -Double.infinity
    }

    /// Takes in an event at `now`; redraws when the interval has passed since the last frame.
    func record(_ event: TrainingEvent, now: Double, bar: () -> String) {
        guard let run else { return }
        run.record(event)
        guard now - drawnTime >= Self.interval else { return }
        draw(run, bar: bar())
        drawnTime = LiveView.clock()
    }

    /// Draws the final frame and leaves it, the cursor on the line below; a run that
    /// never took a step (its command failed) leaves nothing.
    func finish(bar: String?) {
        guard let run else { return }
        self.run = nil
        guard shownLines > 0 || run.stepCount > 0 else { return }
        draw(run, bar: bar)
        stream.write("\n")
        shownLines = 0
    }

    private func draw(_ run: LiveRun, bar: String?) {
        let size = Terminal.size(of: STDERR_FILENO) ?? (columns: 80, lines: 24)
        var target = RenderSettings.target(display: run.display, environment: Terminal.environment())
        target.width = min(target.width, size.columns - 1)
        let plots = run.frame(in: target, maxLines: size.lines - 2)
        // A frame taller than the screen could not be redrawn in place: then only the bar.
        let frame = (plots.count <= size.lines - 2 ? plots : []) + [bar ?? ""]
        stream.write(Self.redraw(frame, over: shownLines))
        shownLines = frame.count
    }

    /// The bytes that replace a frame of `shown` lines (the cursor on its last line) by
    /// `frame`, leaving the cursor at the end of its last line.
    static func redraw(_ frame: [String], over shown: Int) -> String {
        let up = shown > 1 ? "\u{1B}[\(shown - 1)A" : ""
        return "\r" + up + "\u{1B}[J" + frame.joined(separator: "\n")
    }

    private static func clock() -> Double { ProgressBar.now() }
}
