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

    /// What the end means for a case it did not reach, said in a sentence.
    func reason(duringChecks: Bool) -> String {
        let when = duringChecks ? "while the checks ran" : "while the submission ran, before the checks"
        return switch self {
        case .completed: "the run gave no result for it"
        case .timeLimit(let seconds): "stopped at the time limit of \(formatPoints(seconds)) s \(when)"
        case .memoryLimit(let megabytes): "stopped at the memory limit of \(megabytes) MB \(when)"
        case .crashed(let how): "the grading process \(how) \(when)"
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
    public var cases: [GradedCase]
    /// Errors that stopped parts of the submission (`let val_acc = 1` refused, a `???`
    /// left, a path outside the folder), each once, with the offsets it happened under.
    public var submissionErrors: [String]
    /// Errors in the checks file's other statements.
    public var checksErrors: [String]
    /// How each run that did not complete ended.
    public var stops: [String]
    /// The submission's own `expect`s at offset 0, which score nothing.
    public var ownChecksPassed: Int
    public var ownChecksFailed: Int

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
        var byCase = Array(repeating: [(UInt64, CaseOutcome)](), count: checks.cases.count)
        var seconds = Array(repeating: 0.0, count: checks.cases.count)
        var submissionErrors: [String] = [], checksErrors: [String] = [], stops: [String] = []
        var ownChecks = (passed: 0, failed: 0)
        let prefix = { (offset: UInt64) in settings.seeds > 1 ? "seed offset \(offset): " : "" }
        for run in runs {
            var reported = Set<Int>()
            var checksStarted = false
            for event in run.events {
                switch event {
                case .submissionError(let line, let message):
                    Self.appendOnce("line \(line): \(message)", to: &submissionErrors)
                case .ownCheck(_, let passed) where run.offset == 0:
                    if passed { ownChecks.passed += 1 } else { ownChecks.failed += 1 }
                case .checksStarted:
                    checksStarted = true
                case .checksError(let line, let message):
                    Self.appendOnce("\(settings.checks):\(line): \(message)", to: &checksErrors)
                case .caseResult(let index, let outcome, let time) where byCase.indices.contains(index):
                    byCase[index].append((run.offset, outcome))
                    seconds[index] += time
                    reported.insert(index)
                default:
                    continue
                }
            }
            if run.end != .completed { stops.append(prefix(run.offset) + run.end.reason(duringChecks: checksStarted)) }
            for index in byCase.indices where !reported.contains(index) {
                byCase[index].append((run.offset, .notRun(run.end.reason(duringChecks: checksStarted))))
            }
        }
        cases = zip(checks.cases.indices, byCase).map { index, outcomes in
            let gradeCase = checks.cases[index]
            let failing = outcomes.filter { !$0.1.passed }
            let shown = failing.first ?? outcomes.first ?? (0, .notRun("no run"))
            var outcome = shown.1
            if settings.seeds > 1, !outcome.passed { outcome.reason = outcome.reason.map { prefix(shown.0) + $0 } }
            let status: GradedCase.Status = failing.isEmpty && !outcomes.isEmpty ? .passed : (outcome.wasEvaluated ? .failed : .error)
            return GradedCase(gradeCase: gradeCase, status: status, outcome: outcome, failingOffsets: failing.map(\.0),
                              seconds: seconds[index])
        }
        self.submissionErrors = submissionErrors
        self.checksErrors = checksErrors
        self.stops = stops
        ownChecksPassed = ownChecks.passed
        ownChecksFailed = ownChecks.failed
    }

    private static func appendOnce(_ line: String, to lines: inout [String]) {
        if !lines.contains(line) { lines.append(line) }
    }
}

/// Points exactly as they add up, never rounded: `2`, `2.5`, `0.25`.
public func formatPoints(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
}
