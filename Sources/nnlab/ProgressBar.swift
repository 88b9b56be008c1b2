@preconcurrency import Glibc
import NNLab
import NNLang

/// A one-line training progress bar on standard error, drawn only when standard error
/// is a terminal (a transcript never has one), redrawn when the shown percentage
/// changes or a tenth of a second has passed, and erased before any output is printed.
final class ProgressBar {
    /// Where the bar is drawn.
    private let stream: StandardStream
    /// Whether drawing is on (standard error is a terminal).
    let isEnabled: Bool
    /// Whether the terminal takes no control sequences (`TERM=dumb`): the bar is then
    /// overwritten with spaces instead of erased with `ESC[K`.
    let isDumb: Bool
    /// The width of the line on screen, for blanking it without `ESC[K`.
    private var shownWidth = 0
    /// The last percentage drawn; nil when nothing is on screen.
    private var shownPercent: Int?
    /// When the current run started (monotonic seconds), for the elapsed time.
    private var startTime: Double?
    /// When the bar was last drawn (monotonic seconds).
    private var drawnTime = 0.0

    /// A bar on `stream`, enabled when it is a terminal.
    init(stream: StandardStream = .error, isEnabled: Bool? = nil) {
        self.stream = stream
        self.isEnabled = isEnabled ?? stream.isTerminal
        isDumb = Terminal.variable("TERM") == "dumb"
    }

    /// Takes one event; steps and other progress move the bar, validation points do not.
    func update(_ event: TrainingEvent) {
        switch event {
        case .step(let index, let total, let loss): update(task: "training", done: index, total: total, loss: loss)
        case .progress(let task, let done, let total): update(task: task, done: done, total: total, loss: nil)
        case .epoch: break
        }
    }

    private func update(task: String, done index: Int, total: Int, loss: Double?) {
        guard isEnabled, total > 0 else { return }
        let done = min(max(index, 0), total)
        let percent = done * 100 / total
        let now = Self.now()
        if startTime == nil { startTime = now }
        guard percent != shownPercent || now - drawnTime >= 0.1 else { return }
        shownPercent = percent
        drawnTime = now
        let text = line(task: task, done: done, total: total, loss: loss)
        stream.write("\r" + text + (isDumb ? String(repeating: " ", count: max(0, shownWidth - text.count)) : "\u{1B}[K"))
        shownWidth = text.count
    }

    /// Erases the bar, if one is shown, and forgets the run.
    func clear() {
        startTime = nil
        guard shownPercent != nil else { return }
        shownPercent = nil
        stream.write(isDumb ? "\r" + String(repeating: " ", count: shownWidth) + "\r" : "\r\u{1B}[K")
        shownWidth = 0
    }

    /// `training [=========>          ] 120/300  loss 0.5321  1.2 s` (no loss for other tasks).
    func line(task: String = "training", done: Int, total: Int, loss: Double?) -> String {
        let columns = Terminal.columns(of: STDERR_FILENO) ?? 80
        let width = max(10, min(30, columns - 50))
        let filled = done * width / total
        let arrow = filled < width ? ">" : ""
        let bar = String(repeating: "=", count: filled) + arrow
            + String(repeating: " ", count: max(0, width - filled - arrow.count))
        let elapsed = startTime.map { Self.now() - $0 } ?? 0
        let lossText = loss.map { "  loss " + ($0.isFinite ? formatNumber($0) : "\($0)") } ?? ""
        return "\(task) [\(bar)] \(done)/\(total)\(lossText)  \(formatSeconds(elapsed))"
    }

    private func formatSeconds(_ seconds: Double) -> String {
        let tenths = Int((seconds * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) s"
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
