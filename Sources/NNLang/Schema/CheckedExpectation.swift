/// An `expect` statement with its options checked, ready to evaluate into a `CheckResult`.
public struct CheckedExpectation: Sendable {
    /// The statement as parsed.
    public let expectation: Expectation
    /// Absolute tolerance for `~=` (0 when only `rtol=` is given).
    public let absoluteTolerance: Double
    /// Relative tolerance for `~=` (0 when only `tol=` is given).
    public let relativeTolerance: Double
    /// Points when graded.
    public let points: Double
    /// Whether `points=` was given (a 1-point check is still graded).
    public let isGraded: Bool
    /// The condition as written, for the result line.
    public let conditionText: String

    /// Checks the options of an `expect`: `~=` needs `tol=` or `rtol=`, which mean nothing without it.
    ///
    /// The source gives the condition's text for the result line (`initial_loss ~= log(classes)`).
    public init(_ expectation: Expectation, source: SourceFile, checker: CommandChecker) throws(DiagnosticList) {
        let options = try checker.check(expectation.options)
        let tolerances = ["tol", "rtol"].filter(options.isSet)
        if expectation.approximateTarget != nil, tolerances.isEmpty {
            throw DiagnosticList([Diagnostic(
                .missingArgument, "'~=' needs a tolerance", at: expectation.range,
                expected: "tol= (absolute) or rtol= (relative)", fix: "add tol=0.05 or rtol=0.01")])
        }
        if expectation.approximateTarget == nil, let first = tolerances.first {
            throw DiagnosticList([Diagnostic(
                .conflictingOptions, "'\(first)=' applies only to '~='", at: expectation.range,
                fix: "write expect a ~= b \(first)=…, or drop \(first)=")])
        }
        self.expectation = expectation
        absoluteTolerance = options.optionalNumber("tol") ?? 0
        relativeTolerance = options.optionalNumber("rtol") ?? 0
        points = options.number("points")
        isGraded = options.isSet("points")
        let conditionRange = expectation.approximateTarget.map { expectation.condition.range.union($0.range) }
        conditionText = source.text(of: conditionRange ?? expectation.condition.range)
    }

    /// Evaluates the check. A result not measured yet, or any evaluation error, is a FAIL with the reason.
    public func evaluate(in environment: any Environment) -> CheckResult {
        let evaluator = Evaluator(environment: environment)
        var result = CheckResult(passed: false, condition: conditionText, points: points, isGraded: isGraded,
                                 message: expectation.message)
        do throws(Diagnostic) {
            let actual = try evaluator.evaluate(expectation.condition)
            guard let targetExpr = expectation.approximateTarget else {
                return try exactResult(actual, evaluator: evaluator, into: result)
            }
            let target = try evaluator.evaluate(targetExpr)
            result.actual = actual
            result.expected = target
            guard let a = actual.number, let b = target.number else {
                result.reason = "'~=' compares two numbers"
                return result
            }
            let tolerance = self.tolerance(around: b)
            result.tolerance = tolerance
            result.passed = abs(a - b) <= tolerance
            result.margin = tolerance - abs(a - b)
        } catch {
            result.reason = error.message
        }
        return result
    }

    /// What the check compares against and its tolerance, when they follow from the check
    /// alone (`expect samples ~= 999 tol=0.5`): for reports of a case that never ran.
    public func statedTarget(in environment: any Environment) -> (expected: Value?, tolerance: Double?) {
        let evaluator = Evaluator(environment: environment)
        if let targetExpr = expectation.approximateTarget {
            guard let target = try? evaluator.evaluate(targetExpr) else { return (nil, nil) }
            return (target, target.number.map(tolerance(around:)))
        }
        if case .binary(let op, _, let rhs, _) = expectation.condition, op != .and, op != .or {
            return ((try? evaluator.evaluate(rhs)), nil)
        }
        return (nil, nil)
    }

    /// How far from `target` a `~=` check accepts: `tol` plus `rtol` of the target's size.
    private func tolerance(around target: Double) -> Double { absoluteTolerance + relativeTolerance * abs(target) }

    /// `expect a < b` shows both sides; `expect flag` shows the value.
    func exactResult(_ outcome: Value, evaluator: Evaluator, into base: CheckResult) throws(Diagnostic) -> CheckResult {
        var result = base
        if case .binary(let op, let lhs, let rhs, _) = expectation.condition, op != .and, op != .or {
            result.actual = try evaluator.evaluate(lhs)
            result.expected = try evaluator.evaluate(rhs)
            if let a = result.actual?.number, let b = result.expected?.number {
                result.margin = Self.margin(op, a, b)
            }
        }
        guard case .bool(let passed) = outcome else {
            result.reason = "the condition is \(outcome.kindDescription), not true or false"
            return result
        }
        result.passed = passed
        return result
    }

    private static func margin(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Double? {
        switch op {
        case .greater, .greaterEqual: a - b
        case .less, .lessEqual: b - a
        case .equal: -abs(a - b)
        default: nil
        }
    }
}
