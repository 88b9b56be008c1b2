@preconcurrency import Glibc
import NNLab
import NNLang

/// A one-line training progress bar on standard error, drawn only when standard error
/// is a terminal (a transcript never has one), redrawn when the shown percentage
/// changes or a tenth of a second has passed, and erased before any output is printed.
/// While a run is watched live, the bar is the last line of the live frame instead.
final class ProgressBar {
    /// Where the bar is drawn.
    private let stream: StandardStream
    /// Whether drawing is on (standard error is a terminal).
    let isEnabled: Bool
    /// Whether the terminal takes no control sequences (`TERM=dumb`): the bar is then
    /// overwritten with spaces instead of erased with `ESC[K`.
    let isDumb: Bool
    /// The live frames above the bar, when live runs can be drawn here.
    let live: LiveView?
    /// What the bar shows.
    private var status = ProgressStatus()
    /// The width of the line on screen, for blanking it without `ESC[K`.
    private var shownWidth = 0
    /// The last percentage drawn; nil when nothing is on screen.
    private var shownPercent: Int?
    /// When the bar was last drawn (monotonic seconds).
    private var drawnTime = 0.0

    /// A bar on `stream`, enabled when it is a terminal; live frames too when standard
    /// output is also a terminal and `TERM` is not `dumb`.
    init(stream: StandardStream = .error, isEnabled: Bool? = nil) {
        self.stream = stream
        self.isEnabled = isEnabled ?? stream.isTerminal
        isDumb = Terminal.variable("TERM") == "dumb"
        live = self.isEnabled && !isDumb && StandardStream.output.isTerminal ? LiveView(stream: stream) : nil
    }

    /// Starts watching `run` live, when this terminal can show it.
    func watch(_ run: LiveRun) {
        live?.begin(run, bar: status.done > 0 ? line() : nil)
    }

    /// Takes one event; steps and other progress move the bar, validation points and
    /// starts only update what it shows.
    func update(_ event: TrainingEvent) {
        guard isEnabled else { return }
        let now = Self.now()
        let moves = status.record(event, now: now)
        if let live, live.isWatching {
            live.record(event, now: now) { self.line() }
            return
        }
        guard moves, status.total > 0 else { return }
        let percent = status.done * 100 / status.total
        guard percent != shownPercent || now - drawnTime >= 0.1 else { return }
        shownPercent = percent
        drawnTime = now
        let text = line()
        stream.write("\r" + text + (isDumb ? String(repeating: " ", count: max(0, shownWidth - text.count)) : "\u{1B}[K"))
        shownWidth = text.count
    }

    /// Erases the bar, if one is shown, and forgets the run; a live frame stays on
    /// screen, drawn a last time with everything the run reported.
    func clear() {
        if let live, live.isWatching { live.finish(bar: status.total > 0 ? line() : nil) }
        status = ProgressStatus()
        guard shownPercent != nil else { return }
        shownPercent = nil
        stream.write(isDumb ? "\r" + String(repeating: " ", count: shownWidth) + "\r" : "\r\u{1B}[K")
        shownWidth = 0
    }

    /// `training epoch 3/20 [=====>     ] 120/300  loss 0.5321  98 steps/s  ETA 12 s  val acc 0.912`:
    /// the epoch only in epoch runs, the loss only for training, the rate once known; cut
    /// to the terminal's width, since a wrapped line could not be redrawn in place.
    func line() -> String {
        let columns = Terminal.columns(of: STDERR_FILENO) ?? 80
        let head = [status.task, status.epochText].compactMap { $0 }.joined(separator: " ")
        var fields = ["\(status.done)/\(status.total)",
                      status.loss.map { "loss " + ($0.isFinite ? formatNumber($0) : "\($0)") },
                      status.speedText,
                      status.validationAccuracy.map { "val acc " + formatNumber($0) }].compactMap { $0 }
        // On a narrow terminal the last fields give way (validation accuracy first) before the line is cut.
        while fields.count > 1, head.count + fields.joined(separator: "  ").count + 11 > columns - 1 { fields.removeLast() }
        let tail = fields.joined(separator: "  ")
        let reserved = head.count + (tail.count + 7) / 8 * 8 + 5
        let width = max(6, min(30, columns - reserved))
        let filled = status.total > 0 ? status.done * width / status.total : 0
        let arrow = filled < width ? ">" : ""
        let bar = String(repeating: "=", count: filled) + arrow
            + String(repeating: " ", count: max(0, width - filled - arrow.count))
        return String("\(head) [\(bar)] \(tail)".prefix(columns - 1))
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
