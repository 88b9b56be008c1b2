/// Text as every report writes it: ANSI escape sequences and control characters taken
/// out (a message or a value cannot break a report or colour a CI log).
enum ReportText {
    /// The text without escape sequences and control characters; `keepsLines` keeps
    /// line breaks and tabs (bodies), otherwise they become spaces (attributes, names).
    static func clean(_ text: String, keepsLines: Bool = false) -> String {
        var result = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\u{1B}" {
                skipEscapeSequence(&scalars)
            } else if scalar == "\n" || scalar == "\t" {
                result.unicodeScalars.append(keepsLines ? scalar : " ")
            } else if scalar.properties.generalCategory == .control || scalar == "\u{FFFE}" || scalar == "\u{FFFF}" {
                continue
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Skips the rest of `ESC [ … final`, `ESC ] … BEL`, or a two-character escape.
    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = scalars.next() else { return }
        if introducer == "[" {
            while let scalar = scalars.next(), !(0x40...0x7E).contains(scalar.value) {}
        } else if introducer == "]" {
            while let scalar = scalars.next(), scalar != "\u{07}", scalar != "\u{1B}" {}
        }
    }

    /// At most `limit` characters, marked with `…` when cut.
    static func truncated(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}

extension GradedCase {
    /// One line saying how it failed, e.g. `actual 0.85, expected 0.9`; `passed` when it did.
    public var summary: String {
        if status == .passed { return "passed" }
        var parts: [String] = []
        if let actual = outcome.actual { parts.append("actual \(actual.literal)") }
        if let expected = outcome.expected {
            parts.append("expected \(expected.literal)" + (outcome.tolerance.map { " ± \(formatPoints($0))" } ?? ""))
        }
        if let reason = outcome.reason { parts.append(reason) }
        if failingOffsets != [0], !failingOffsets.isEmpty {
            parts.append("failing under seed offset\(failingOffsets.count == 1 ? "" : "s") "
                         + failingOffsets.map(String.init).joined(separator: ", "))
        }
        let verdict = outcome.wasEvaluated ? "\(gradeCase.condition) does not hold" : "\(gradeCase.condition) not evaluated"
        return ReportText.clean(verdict + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", ")))
    }

    /// The lines a failure's body shows: command, expected, actual, tolerance, hint, why.
    public var details: [String] {
        var lines = ["command: \(gradeCase.command)"]
        lines.append("expected: \(outcome.expected?.literal ?? "(none)")")
        lines.append("actual: \(outcome.actual?.literal ?? "(not measured)")")
        lines.append("tolerance: \(outcome.tolerance.map(formatPoints) ?? "(none)")")
        lines.append("hint: \(gradeCase.message ?? "(none)")")
        if let reason = outcome.reason { lines.append("reason: \(reason)") }
        if !failingOffsets.isEmpty { lines.append("failing seed offsets: \(failingOffsets.map(String.init).joined(separator: ", "))") }
        return lines.map { ReportText.clean($0) }
    }
}
