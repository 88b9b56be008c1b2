import NNLang

/// One test case of a grading: an `expect` of the checks file, worth its points.
public struct GradeCase: Sendable, Equatable {
    /// The line of the `expect` in the checks file.
    public var line: Int
    /// The condition as written, e.g. `val_acc > 0.9`.
    public var condition: String
    /// The whole statement as written (the command a report shows).
    public var command: String
    /// The author's message, the case's hint.
    public var message: String?
    /// What the case is worth.
    public var maxPoints: Double
    /// What it compares against and its tolerance, when the check alone says (for a case that never ran).
    public var statedExpected: ReportedValue?, statedTolerance: Double?

    /// The name reports give the case: the message when there is one, else the condition.
    public var name: String { message ?? condition }
}

/// A value a check measured or compared against, as reports show it.
public enum ReportedValue: Codable, Sendable, Equatable {
    case number(Double)
    case text(String)

    /// A language value: numbers stay numbers, anything else its literal.
    public init(_ value: Value) {
        if case .number(let number) = value { self = .number(number) } else { self = .text(value.literal) }
    }

    /// As the language prints it (4 significant digits for a number).
    public var literal: String {
        switch self {
        case .number(let number): formatNumber(number)
        case .text(let text): text
        }
    }
}

/// How one case came out under one seed offset.
public struct CaseOutcome: Codable, Sendable, Equatable {
    /// Whether the check held.
    public var passed: Bool
    /// Whether the check was evaluated at all (false: not reached, or it could not be).
    public var wasEvaluated: Bool
    public var actual: ReportedValue?
    public var expected: ReportedValue?
    /// The tolerance of a `~=` check.
    public var tolerance: Double?
    /// Why it failed without a comparison (`'val_acc' is not measured yet`, the time limit).
    public var reason: String?

    /// A case that never got a result, and why.
    public static func notRun(_ reason: String) -> CaseOutcome {
        CaseOutcome(passed: false, wasEvaluated: false, reason: reason)
    }

    /// The outcome of an evaluated `expect`.
    public init(_ result: CheckResult) {
        passed = result.passed
        wasEvaluated = result.reason == nil
        actual = result.actual.map(ReportedValue.init)
        expected = result.expected.map(ReportedValue.init)
        tolerance = result.tolerance
        reason = result.reason
    }

    init(passed: Bool, wasEvaluated: Bool, reason: String?) {
        self.passed = passed
        self.wasEvaluated = wasEvaluated
        self.reason = reason
    }
}
