extension GradeReport {
    /// `--tap`: TAP version 14, the plan, one test point a case and a YAML block under
    /// each that did not pass.
    public var tap: String {
        var lines = ["TAP version 14", "1..\(cases.count)"]
        for (number, graded) in zip(1..., cases) {
            let name = ReportText.clean(graded.gradeCase.name).replacingHashes()
            guard graded.status != .passed else {
                lines.append("ok \(number) - \(name)")
                continue
            }
            lines.append("not ok \(number) - \(name)")
            lines.append("  ---")
            lines.append("  message: \(JSONText.quoted(graded.summary))")
            lines.append("  severity: \(graded.status == .failed ? "fail" : "error")")
            lines.append("  found: \(JSONText.quoted(graded.outcome.actual?.literal ?? "(not measured)"))")
            lines.append("  wanted: \(JSONText.quoted(graded.outcome.expected?.literal ?? "(none)"))")
            lines.append("  tolerance: \(graded.outcome.tolerance.map(formatPoints) ?? "null")")
            lines.append("  hint: \(JSONText.quoted(ReportText.clean(graded.gradeCase.message ?? "")))")
            lines.append("  command: \(JSONText.quoted(ReportText.clean(graded.gradeCase.command)))")
            lines.append("  points: 0")
            lines.append("  max_points: \(formatPoints(graded.gradeCase.maxPoints))")
            lines.append("  at:")
            lines.append("    file: \(JSONText.quoted(ReportText.clean(settings.checks)))")
            lines.append("    line: \(graded.gradeCase.line)")
            lines.append("  ...")
        }
        lines += settingsComments
        lines += overview.map { "# " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The summary table for the terminal; it says "all passed" only when every case did.
    public var summaryTable: String {
        var lines = ["nnlab grade: \(ReportText.clean(settings.submission)) with \(ReportText.clean(settings.checks))"]
        lines.append("seeds \(settings.seeds), time limit \(formatPoints(settings.timeLimit)) s, memory limit \(settings.memoryLimit) MB, nnlab \(settings.nnlabVersion) on \(ReportText.clean(settings.machine))")
        let names = cases.map { ReportText.truncated(ReportText.clean($0.gradeCase.name), to: 40) }
        let points = cases.map { "\(formatPoints($0.points))/\(formatPoints($0.gradeCase.maxPoints))" }
        let width = max(4, names.map(\.count).max() ?? 0), pointsWidth = max(6, points.map(\.count).max() ?? 0)
        let pad = { (text: String, count: Int) in text + String(repeating: " ", count: max(0, count - text.count)) }
        lines.append("")
        lines.append("  #  " + pad("case", width) + "  line  " + pad("points", pointsWidth) + "  result")
        for (index, graded) in cases.enumerated() {
            let result = graded.status == .passed ? "PASS" : (graded.status == .failed ? "FAIL" : "ERROR") + "  " + graded.summary
            let number = String(index + 1)
            lines.append(String(repeating: " ", count: max(0, 3 - number.count)) + number + "  " + pad(names[index], width)
                         + "  " + pad(String(graded.gradeCase.line), 4) + "  " + pad(points[index], pointsWidth) + "  " + result)
        }
        lines.append("")
        lines += overview.dropFirst()
        if ownChecksPassed + ownChecksFailed > 0 {
            lines.append("the submission's own expects (not scored): \(ownChecksPassed) passed, \(ownChecksFailed) failed")
        }
        let notPassed = cases.count - cases.filter { $0.status == .passed }.count
        let verdict = notPassed == 0 ? "all \(cases.count) cases passed" : "\(notPassed) of \(cases.count) cases did not pass"
        lines.append("score \(formatPoints(score))/\(formatPoints(maxScore)): \(verdict)")
        return lines.joined(separator: "\n") + "\n"
    }

    private var settingsComments: [String] {
        ["# nnlab \(settings.nnlabVersion), seeds \(settings.seeds), time limit \(formatPoints(settings.timeLimit)) s, memory limit \(settings.memoryLimit) MB, machine \(ReportText.clean(settings.machine))"]
    }
}

private extension String {
    /// A TAP description cannot hold an unescaped `#` (it starts a directive).
    func replacingHashes() -> String {
        var result = ""
        for character in self { result += character == "#" ? "\\#" : String(character) }
        return result
    }
}
