/// When a grading ran and how long it took: the only things that differ between two
/// gradings of the same submission, written only where a format asks for them (JUnit).
public struct GradeTiming: Sendable {
    /// ISO 8601, e.g. `2026-12-07T02:00:00`.
    public var timestamp: String
    /// Wall-clock seconds of the whole grading.
    public var seconds: Double

    public init(timestamp: String, seconds: Double) {
        self.timestamp = timestamp
        self.seconds = seconds
    }
}

extension GradeReport {
    /// `--junit`: `testsuites > testsuite > testcase`, a `failure` (the check did not
    /// hold) or `error` (it could not be evaluated) with every detail in its body.
    public func junit(timing: GradeTiming) -> String {
        let time = { (seconds: Double) in String(format3(seconds)) }
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
        let counts = "tests=\"\(cases.count)\" failures=\"\(failedCount)\" errors=\"\(errorCount)\""
        lines.append("<testsuites name=\"nnlab grade\" \(counts) time=\"\(time(timing.seconds))\">")
        lines.append("  <testsuite name=\(XML.attribute(settings.submission)) \(counts) skipped=\"0\" time=\"\(time(timing.seconds))\" timestamp=\(XML.attribute(timing.timestamp))>")
        lines.append("    <properties>")
        let properties: [(String, String)] = [
            ("nnlab_version", settings.nnlabVersion), ("checks", settings.checks), ("seeds", String(settings.seeds)),
            ("time_limit", formatPoints(settings.timeLimit)), ("memory_limit_mb", String(settings.memoryLimit)),
            ("machine", settings.machine), ("score", formatPoints(score)), ("max_score", formatPoints(maxScore)),
        ]
        for (name, value) in properties {
            lines.append("      <property name=\(XML.attribute(name)) value=\(XML.attribute(value))/>")
        }
        lines.append("    </properties>")
        for graded in cases {
            let attributes = "classname=\(XML.attribute(settings.checks)) name=\(XML.attribute(graded.gradeCase.name)) file=\(XML.attribute(settings.checks)) line=\"\(graded.gradeCase.line)\" time=\"\(time(graded.seconds))\""
            guard graded.status != .passed else {
                lines.append("    <testcase \(attributes)/>")
                continue
            }
            let element = graded.status == .failed ? "failure" : "error"
            let type = graded.status == .failed ? "check failed" : "not evaluated"
            lines.append("    <testcase \(attributes)>")
            lines.append("      <\(element) type=\"\(type)\" message=\(XML.attribute(graded.summary))>\(XML.text(graded.details.joined(separator: "\n")))</\(element)>")
            lines.append("    </testcase>")
        }
        let notes = overview.dropFirst()
        if !notes.isEmpty { lines.append("    <system-out>\(XML.text(notes.joined(separator: "\n")))</system-out>") }
        lines.append("  </testsuite>")
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Seconds with three decimals, e.g. `1.250`.
    private func format3(_ seconds: Double) -> String {
        let milliseconds = Int((max(0, seconds) * 1000).rounded())
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}

/// Escaping for XML 1.0: markup characters as entities, everything XML cannot hold removed.
enum XML {
    /// A quoted attribute value; line breaks become spaces.
    static func attribute(_ text: String) -> String {
        "\"" + escaped(ReportText.clean(text), quotes: true) + "\""
    }

    /// Element content; line breaks kept.
    static func text(_ text: String) -> String { escaped(ReportText.clean(text, keepsLines: true), quotes: false) }

    private static func escaped(_ text: String, quotes: Bool) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\"" where quotes: result += "&quot;"
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }
}
