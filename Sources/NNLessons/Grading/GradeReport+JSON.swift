extension GradeReport {
    /// The settings every report records, as JSON fields.
    var settingsFields: [(String, JSONText)] {
        [("nnlab_version", .string(settings.nnlabVersion)), ("submission", .string(ReportText.clean(settings.submission))),
         ("checks", .string(ReportText.clean(settings.checks))), ("seeds", .number(Double(settings.seeds))),
         ("time_limit", .number(settings.timeLimit)), ("memory_limit_mb", .number(Double(settings.memoryLimit))),
         ("machine", .string(ReportText.clean(settings.machine)))]
    }

    /// `--json`: status, score, max score and every case in file order; no timings, so
    /// grading the same submission twice writes the same bytes.
    public var json: String {
        let cases: [JSONText] = cases.map { graded in
            .object([
                ("name", .string(ReportText.clean(graded.gradeCase.name))),
                ("line", .number(Double(graded.gradeCase.line))),
                ("command", .string(ReportText.clean(graded.gradeCase.command))),
                ("status", .string(graded.status.rawValue)),
                ("points", .number(graded.points)),
                ("max_points", .number(graded.gradeCase.maxPoints)),
                ("expected", .value(graded.outcome.expected)),
                ("actual", .value(graded.outcome.actual)),
                ("tolerance", graded.outcome.tolerance.map { .number($0) } ?? .null),
                ("message", .string(graded.summary)),
                ("hint", .optional(graded.gradeCase.message.map { ReportText.clean($0) })),
                ("failing_seed_offsets", .array(graded.failingOffsets.map { .number(Double($0)) })),
            ])
        }
        let strings = { (lines: [String]) in JSONText.array(lines.map { .string(ReportText.clean($0)) }) }
        return JSONText.object([
            ("status", .string(passed ? "passed" : "failed")),
            ("score", .number(score)),
            ("max_score", .number(maxScore)),
        ] + settingsFields + [
            ("cases", .array(cases)),
            ("submission_errors", strings(submissionErrors)),
            ("checks_errors", strings(checksErrors)),
            ("stops", strings(stops)),
            ("own_checks", .object([("passed", .number(Double(ownChecksPassed))),
                                    ("failed", .number(Double(ownChecksFailed))), ("scored", .bool(false))])),
        ]).rendered
    }

    /// `--gradescope`: Gradescope's `results.json` (score, and each test with its
    /// name, score, max_score, status and output).
    public var gradescope: String {
        let tests: [JSONText] = cases.map { graded in
            .object([
                ("name", .string(ReportText.clean(graded.gradeCase.name))),
                ("number", .string(String(graded.gradeCase.line))),
                ("score", .number(graded.points)),
                ("max_score", .number(graded.gradeCase.maxPoints)),
                ("status", .string(graded.status == .passed ? "passed" : "failed")),
                ("output", .string(graded.status == .passed ? "passed" : ([graded.summary] + graded.details).joined(separator: "\n"))),
            ])
        }
        return JSONText.object([
            ("score", .number(score)),
            ("output", .string(overview.joined(separator: "\n"))),
            ("tests", .array(tests)),
            ("extra_data", .object(settingsFields)),
        ]).rendered
    }

    /// `--exercism`: Exercism's test runner `results.json`, version 3.
    public var exercism: String {
        let evaluatedNone = cases.allSatisfy { $0.status == .error }
        let status = passed ? "pass" : (evaluatedNone ? "error" : "fail")
        let tests: [JSONText] = cases.map { graded in
            var fields: [(String, JSONText)] = [
                ("name", .string(ReportText.clean(graded.gradeCase.name))),
                ("status", .string(graded.status == .passed ? "pass" : (graded.status == .failed ? "fail" : "error"))),
                ("test_code", .string(ReportText.clean(graded.gradeCase.command))),
            ]
            if graded.status != .passed {
                fields.append(("message", .string(graded.summary)))
                fields.append(("output", .string(ReportText.truncated(graded.details.joined(separator: "\n"), to: 500))))
            }
            return .object(fields)
        }
        var fields: [(String, JSONText)] = [("version", .number(3)), ("status", .string(status))]
        if status == "error" { fields.append(("message", .string(overview.joined(separator: "\n")))) }
        fields.append(("tests", .array(tests)))
        return JSONText.object(fields).rendered
    }

    /// The lines that say what stopped parts of the run, for reports with one text field.
    var overview: [String] {
        var lines = ["score \(formatPoints(score))/\(formatPoints(maxScore))"]
        lines += submissionErrors.map { "submission error: " + ReportText.clean($0) }
        lines += checksErrors.map { "checks error: " + ReportText.clean($0) }
        lines += stops.map { ReportText.clean($0) }
        return lines
    }
}
