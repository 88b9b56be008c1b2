/// A whole class graded against one checks file: one row per submission, as CSV.
public struct ClassTable: Sendable {
    /// One submission's outcome: its report, or why it could not be graded.
    public struct Row: Sendable {
        public var student: String
        public var report: GradeReport?
        /// When it was graded and how long it took (for its JUnit report).
        public var timing: GradeTiming?
        public var problem: String?

        public init(student: String, report: GradeReport?, timing: GradeTiming? = nil, problem: String? = nil) {
            self.student = student
            self.report = report
            self.timing = timing
            self.problem = problem
        }
    }

    public var cases: [GradeCase]
    public var rows: [Row]

    public init(cases: [GradeCase], rows: [Row]) {
        self.cases = cases
        self.rows = rows
    }

    /// `student,score,max_score,status,<case>…`: each case's points, in the checks file's order.
    public var csv: String {
        let maxScore = cases.map(\.maxPoints).reduce(0, +)
        var lines = [(["student", "score", "max_score", "status"] + cases.map { "line \($0.line): \($0.name)" })
            .map(Self.field).joined(separator: ",")]
        for row in rows {
            var fields = [row.student]
            if let report = row.report {
                fields += [formatPoints(report.score), formatPoints(maxScore), report.passed ? "passed" : "failed"]
                fields += report.cases.map { formatPoints($0.points) }
            } else {
                fields += ["0", formatPoints(maxScore), "not graded: " + (row.problem ?? "")]
                fields += cases.map { _ in "0" }
            }
            lines.append(fields.map(Self.field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table for the terminal: each student's score and status.
    public var summary: String {
        let scores = rows.map { row in row.report.map { "\(formatPoints($0.score))/\(formatPoints($0.maxScore))" } ?? "-" }
        let width = max(7, rows.map(\.student.count).max() ?? 0), scoreWidth = max(5, scores.map(\.count).max() ?? 0)
        let pad = { (text: String, width: Int) in text + String(repeating: " ", count: max(0, width - text.count)) }
        var lines = [pad("student", width) + "  " + pad("score", scoreWidth) + "  result"]
        for (row, score) in zip(rows, scores) {
            var result = "not graded: " + ReportText.clean(row.problem ?? "")
            if let report = row.report {
                let notPassed = report.cases.filter { $0.status != .passed }.count
                result = notPassed == 0 ? "all \(report.cases.count) cases passed" : "\(notPassed) of \(report.cases.count) cases did not pass"
            }
            lines.append(pad(row.student, width) + "  " + pad(score, scoreWidth) + "  " + result)
        }
        let passing = rows.filter { $0.report?.passed == true }.count
        lines.append("\(passing) of \(rows.count) submissions passed every case")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
    static func field(_ text: String) -> String {
        let clean = ReportText.clean(text)
        guard clean.contains(where: { $0 == "," || $0 == "\"" }) else { return clean }
        var quoted = "\""
        for character in clean { quoted += character == "\"" ? "\"\"" : String(character) }
        return quoted + "\""
    }
}
