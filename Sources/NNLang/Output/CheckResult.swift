/// The outcome of an `expect`: PASS or FAIL with both values, the tolerance, points and message.
public struct CheckResult: Hashable, Sendable {
    /// Whether the check held.
    public var passed: Bool
    /// The check as written, e.g. `initial_loss ~= log(classes)`.
    public var condition: String
    /// The measured value (the left side), when it could be evaluated.
    public var actual: Value?
    /// The value compared against (the right side), when there is one.
    public var expected: Value?
    /// The tolerance in force for `~=`, as `tol + rtol·|expected|`.
    public var tolerance: Double?
    /// Points when graded.
    public var points: Double
    /// Whether the check gave `points=` (shown even when it is 1).
    public var isGraded: Bool
    /// The author's message.
    public var message: String?
    /// Why the check could not be evaluated (e.g. `val_acc is not measured yet`).
    public var reason: String?
    /// How far inside its bound the check held (negative: how far outside): for `~=`
    /// the tolerance minus the distance, for `<`, `<=`, `>`, `>=` the gap between the
    /// sides, for `==` minus the distance. Nil for other conditions.
    public var margin: Double?

    /// Creates a check result.
    public init(passed: Bool, condition: String, actual: Value? = nil, expected: Value? = nil,
                tolerance: Double? = nil, points: Double = 1, isGraded: Bool = false, message: String? = nil,
                reason: String? = nil) {
        self.passed = passed
        self.condition = condition
        self.actual = actual
        self.expected = expected
        self.tolerance = tolerance
        self.points = points
        self.isGraded = isGraded
        self.message = message
        self.reason = reason
    }

    /// One line: `PASS initial_loss ~= log(classes): actual 1.097, expected 1.099 ± 0.05 [2 points] "message"`.
    public var summary: String {
        var line = (passed ? "PASS " : "FAIL ") + condition
        var details: [String] = []
        if let actual { details.append("actual \(actual.literal)") }
        if let expected {
            details.append("expected \(expected.literal)" + (tolerance.map { " ± \(formatNumber($0))" } ?? ""))
        }
        if let reason { details.append(reason) }
        if !details.isEmpty { line += ": " + details.joined(separator: ", ") }
        if isGraded || points != 1 { line += " [\(formatNumber(points)) point\(points == 1 ? "" : "s")]" }
        if let message { line += " \"\(message)\"" }
        return line
    }
}
