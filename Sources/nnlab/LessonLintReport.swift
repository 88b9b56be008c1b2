import NNLang
import NNLessons

/// The text `nnlab check` prints for a `LessonLint`: a table of the checks, the
/// exercises, the runs that stopped, and a verdict that names every problem.
struct LessonLintReport {
    let lines: [String]

    init(_ lint: LessonLint, name: String, source: SourceFile) {
        var lines = ["\(name): solutions under \(lint.seeds) seed offset\(lint.seeds == 1 ? "" : "s") (0..\(lint.seeds - 1))", ""]
        let rows: [[TableCell]] = lint.checks.map { check in
            [.number(Double(check.line)), .text(check.condition), check.tolerance.map { .number($0) } ?? .text(""),
             check.worstMargin.map { .number($0) } ?? .text(""), .text("+\(check.worstOffset)"), .text(Self.result(check))]
        }
        if rows.isEmpty {
            lines.append("no expect in the solutions: nothing checks what the learner did")
        } else {
            lines += Table(columns: ["line", "check", "tolerance", "worst margin", "at offset", "result"], rows: rows).renderLines()
        }
        if !lint.exercises.isEmpty {
            lines += ["", "exercises, run with their holes unfilled:"]
            lines += lint.exercises.map(Self.describe)
        }
        for stop in lint.stops {
            let place = "line \(stop.diagnostic.range.start.line), column \(stop.diagnostic.range.start.column)"
            lines.append("  offset +\(stop.offset): the run stopped at \(place): \(stop.diagnostic.message)")
        }
        lines += ["", Self.verdict(lint)]
        self.lines = lines
    }

    private static func result(_ check: LessonLint.Check) -> String {
        guard !check.passed else { return "ok" }
        let offsets = check.failingOffsets.map { "+\($0)" }.joined(separator: ", ")
        return "FAILS at offset \(offsets)" + (check.reason.map { " (\($0))" } ?? "")
    }

    private static func describe(_ exercise: LessonLint.Exercise) -> String {
        guard exercise.hasChecks else {
            return "  line \(exercise.line): no expect in the exercise, so nothing tells the learner it is done; add one"
        }
        guard let failure = exercise.failure else {
            return "  line \(exercise.line): PASSES unfilled; make its expect depend on what the learner fills in"
        }
        return "  line \(exercise.line): fails unfilled, as it should (\(failure))"
    }

    private static func verdict(_ lint: LessonLint) -> String {
        var problems: [String] = []
        let failing = lint.checks.filter { !$0.passed }
        if !failing.isEmpty {
            problems.append("\(failing.count) check\(failing.count == 1 ? "" : "s") failing under some seed (line \(failing.map { String($0.line) }.joined(separator: ", ")))")
        }
        let weak = lint.exercises.filter { !$0.passed }
        if !weak.isEmpty {
            problems.append("\(weak.count) exercise\(weak.count == 1 ? "" : "s") that a learner could pass without filling in, or with no expect (line \(weak.map { String($0.line) }.joined(separator: ", ")))")
        }
        if !lint.stops.isEmpty { problems.append("\(lint.stops.count) run\(lint.stops.count == 1 ? "" : "s") stopped by an error") }
        guard !problems.isEmpty else {
            return "ok: \(lint.checks.count) checks hold under every offset; \(lint.exercises.count) exercises fail unfilled"
        }
        return "problems: " + problems.joined(separator: "; ")
    }
}
