import NNLab
import NNLang

/// What the progress bar shows, gathered from a command's training events: the task,
/// steps done of planned, the epoch, the last loss and validation accuracy, and the
/// rate since the run (or the last restart of the count) began.
struct ProgressStatus {
    var task = "training"
    var done = 0
    var total = 0
    var loss: Double?
    var validationAccuracy: Double?
    /// Steps between validation points and whether those are epochs, once a run said so.
    var plan: (stepsPerValidation: Int, countsEpochs: Bool)?
    /// Where the rate is counted from: a time (monotonic seconds) and the count then.
    private var anchor: (time: Double, done: Int)?
    /// Units per second since the anchor, once some time has passed.
    private(set) var rate: Double?

    /// Takes in one event at time `now`; returns false for events that do not move the bar.
    mutating func record(_ event: TrainingEvent, now: Double) -> Bool {
        switch event {
        case let .started(steps, interval, countsEpochs):
            plan = (interval, countsEpochs)
            total = steps
            validationAccuracy = nil
            return false
        case let .step(index, of, loss):
            move(task: "training", done: index, total: of, now: now)
            self.loss = loss
        case let .progress(task, done, of):
            if task != self.task { plan = nil; loss = nil; validationAccuracy = nil }
            move(task: task, done: done, total: of, now: now)
        case .epoch(let record):
            validationAccuracy = record.validationAccuracy
        }
        return true
    }

    private mutating func move(task: String, done index: Int, total: Int, now: Double) {
        let clamped = min(max(index, 0), max(total, 0))
        if anchor == nil || task != self.task || clamped < done { anchor = (now, clamped); rate = nil }
        self.task = task
        self.total = total
        done = clamped
        if let anchor, now - anchor.time >= 0.2, clamped > anchor.done {
            rate = Double(clamped - anchor.done) / (now - anchor.time)
        }
    }

    /// `epoch 3/20` in an epoch run, nil otherwise.
    var epochText: String? {
        guard let plan, plan.countsEpochs, plan.stepsPerValidation > 0, total > 0 else { return nil }
        let epochs = (total + plan.stepsPerValidation - 1) / plan.stepsPerValidation
        return "epoch \(min(epochs, max(1, (done - 1) / plan.stepsPerValidation + 1)))/\(epochs)"
    }

    /// `98 steps/s  ETA 1:12`, or nil until the rate is known.
    var speedText: String? {
        guard let rate, rate > 0 else { return nil }
        let unit = task == "training" ? " steps/s" : "/s"
        return Self.formatRate(rate) + unit + "  ETA " + Self.formatDuration(Double(total - done) / rate)
    }

    /// Three significant digits at most, never exponents: `1234`, `98.2`, `0.52`.
    static func formatRate(_ rate: Double) -> String {
        if rate >= 100 { return String(Int(rate.rounded())) }
        let scale = rate >= 10 ? 10.0 : 100.0
        let scaled = Int((rate * scale).rounded())
        let whole = scaled / Int(scale), fraction = scaled % Int(scale)
        let digits = scale == 10 ? "\(fraction)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(whole).\(digits)"
    }

    /// `42 s`, `1:05`, `2:03:04`.
    static func formatDuration(_ seconds: Double) -> String {
        let total = Int(max(0, seconds).rounded())
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        if hours > 0 { return "\(hours):\(twoDigits(minutes)):\(twoDigits(rest))" }
        if minutes > 0 { return "\(minutes):\(twoDigits(rest))" }
        return "\(rest) s"
    }
}
