/// How one run of the grading child ended.
public enum RunEnd: Sendable, Equatable {
    /// It reported every case.
    case completed
    /// Killed at the wall-clock limit, in seconds.
    case timeLimit(Double)
    /// Killed at the memory limit, in MB.
    case memoryLimit(Int)
    /// It ended before reporting every case, e.g. `killed by signal 6`.
    case crashed(String)
    /// Nothing ran: the submission could not be read as a lesson (a fence never closed), said here.
    case unreadable(String)

    /// What the end means for a case it did not reach, said in a sentence.
    func reason(duringChecks: Bool) -> String {
        let when = duringChecks ? "while the checks ran" : "while the submission ran, before the checks"
        return switch self {
        case .completed: "the run gave no result for it"
        case .timeLimit(let seconds): "stopped at the time limit of \(formatPoints(seconds)) s \(when)"
        case .memoryLimit(let megabytes): "stopped at the memory limit of \(megabytes) MB \(when)"
        case .crashed(let how): "the grading process \(how) \(when)"
        case .unreadable(let why): "the submission could not be read, so nothing ran: \(why)"
        }
    }
}

/// One run of the grading child under one seed offset: what it reported, how it ended.
public struct SeedRun: Sendable {
    public var offset: UInt64
    public var events: [GradeEvent]
    public var end: RunEnd

    public init(offset: UInt64, events: [GradeEvent], end: RunEnd) {
        self.offset = offset
        self.events = events
        self.end = end
    }
}

/// What every report records about how the grading was done.
public struct GradeSettings: Sendable, Equatable {
    public var nnlabVersion: String
    public var submission: String
    public var checks: String
    /// Seed offsets 0..<seeds.
    public var seeds: Int
    /// Wall-clock seconds allowed each run.
    public var timeLimit: Double
    /// MB allowed each run.
    public var memoryLimit: Int
    /// The operating system, architecture and host that graded.
    public var machine: String

    public init(nnlabVersion: String, submission: String, checks: String, seeds: Int, timeLimit: Double,
                memoryLimit: Int, machine: String) {
        self.nnlabVersion = nnlabVersion
        self.submission = submission
        self.checks = checks
        self.seeds = seeds
        self.timeLimit = timeLimit
        self.memoryLimit = memoryLimit
        self.machine = machine
    }
}

/// A case as reported: passed only when it passed under every seed offset.
public struct GradedCase: Sendable, Equatable {
    /// `passed`; `failed` (the check was evaluated and did not hold); `error` (it could
    /// not be evaluated: not reached, not measured, an error).
    public enum Status: String, Sendable {
        case passed, failed, error
    }

    public var gradeCase: GradeCase
    public var status: Status
    /// The outcome under the first failing offset (offset 0 when it passed).
    public var outcome: CaseOutcome
    /// The offsets under which it did not pass.
    public var failingOffsets: [UInt64]
    /// Seconds its statement took, summed over the offsets (JUnit's `time`; no other report shows timings).
    public var seconds: Double
    /// Its points when passed, else 0.
    public var points: Double { status == .passed ? gradeCase.maxPoints : 0 }
}

/// The grading of one submission, from which every report format is written.
public struct GradeReport: Sendable {
    public var settings: GradeSettings
    /// In the checks file's order.
    public var cases: [GradedCase] = []
    /// Errors that stopped parts of the submission (`let val_acc = 1` refused, a `???`
    /// left, a path outside the folder), each once, with the offsets it happened under.
    public var submissionErrors: [String] = []
    /// Errors in the checks file's other statements.
    public var checksErrors: [String] = []
    /// How each run that did not complete ended.
    public var stops: [String] = []
    /// The submission's own `expect`s, which score nothing: each evaluation counts as passed
    /// when it held under every seed offset (the k-th evaluation of each run compared).
    public var ownChecksPassed = 0
    public var ownChecksFailed = 0

    public var score: Double { cases.map(\.points).reduce(0, +) }
    public var maxScore: Double { cases.map(\.gradeCase.maxPoints).reduce(0, +) }
    /// Whether every case passed.
    public var passed: Bool { cases.allSatisfy { $0.status == .passed } }
    public var failedCount: Int { cases.filter { $0.status == .failed }.count }
    public var errorCount: Int { cases.filter { $0.status == .error }.count }

    /// Combines the runs under every offset: each case is taken from every run, and a
    /// case a run never reported gets the reason its run ended.
    public init(checks: ChecksFile, runs: [SeedRun], settings: GradeSettings) {
        self.settings = settings
        var outcomes = Array(repeating: [(offset: UInt64, outcome: CaseOutcome)](), count: checks.cases.count)
        var seconds = Array(repeating: 0.0, count: checks.cases.count)
        for run in runs { record(run, outcomes: &outcomes, seconds: &seconds) }
        cases = checks.cases.indices.map { combined(checks.cases[$0], outcomes[$0], seconds: seconds[$0]) }
        let ownChecks = runs.map { run in run.events.compactMap { event -> Bool? in
            if case .ownCheck(_, let passed) = event { passed } else { nil }
        } }
        for position in 0..<(ownChecks.map(\.count).max() ?? 0) {
            if ownChecks.allSatisfy({ position >= $0.count || $0[position] }) { ownChecksPassed += 1 } else { ownChecksFailed += 1 }
        }
    }

    /// Takes in one run's events; a case it did not report gets the reason the run ended.
    private mutating func record(_ run: SeedRun, outcomes: inout [[(offset: UInt64, outcome: CaseOutcome)]],
                                 seconds: inout [Double]) {
        var reported = Set<Int>()
        var checksStarted = false
        for event in run.events {
            switch event {
            case .submissionError(let line, let message):
                Self.appendOnce("line \(line): \(message)", to: &submissionErrors)
            case .checksStarted:
                checksStarted = true
            case .checksError(let line, let message):
                Self.appendOnce("\(settings.checks):\(line): \(message)", to: &checksErrors)
            case .caseResult(let index, let outcome, let time) where outcomes.indices.contains(index):
                outcomes[index].append((run.offset, outcome))
                seconds[index] += time
                reported.insert(index)
            default:
                continue
            }
        }
        let reason = run.end.reason(duringChecks: checksStarted)
        if run.end != .completed { stops.append(offsetPrefix(run.offset) + reason) }
        for index in outcomes.indices where !reported.contains(index) {
            outcomes[index].append((run.offset, .notRun(reason)))
        }
    }

    /// A case across the offsets: passed only when it passed under each; otherwise shown
    /// as it came out under the first offset where it did not.
    private func combined(_ gradeCase: GradeCase, _ outcomes: [(offset: UInt64, outcome: CaseOutcome)],
                          seconds: Double) -> GradedCase {
        let failing = outcomes.filter { !$0.outcome.passed }
        let shown = failing.first ?? outcomes.first ?? (0, .notRun("no run"))
        var outcome = shown.outcome
        if !outcome.passed { outcome.reason = outcome.reason.map { offsetPrefix(shown.offset) + $0 } }
        if !outcome.wasEvaluated {
            outcome.expected = outcome.expected ?? gradeCase.statedExpected
            outcome.tolerance = outcome.tolerance ?? gradeCase.statedTolerance
        }
        let status: GradedCase.Status = failing.isEmpty && !outcomes.isEmpty ? .passed : (outcome.wasEvaluated ? .failed : .error)
        return GradedCase(gradeCase: gradeCase, status: status, outcome: outcome, failingOffsets: failing.map(\.offset),
                          seconds: seconds)
    }

    /// `seed offset 2: ` in front of a reason, when there are several offsets.
    private func offsetPrefix(_ offset: UInt64) -> String { settings.seeds > 1 ? "seed offset \(offset): " : "" }

    private static func appendOnce(_ line: String, to lines: inout [String]) {
        if !lines.contains(line) { lines.append(line) }
    }
}

/// Points exactly as they add up, never rounded: `2`, `2.5`, `0.25`.
public func formatPoints(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
}
