import NNLang

/// How the stepper judges what a learner typed at an exercise: a line holding an
/// `expect` (or a `???` hole) is an attempt; it passes when it ran without an error and
/// every check of the exercise's solution (`expect` conditions, compared without regard
/// to spacing) ran in it and passed. Other lines are explorations and count for nothing.
struct ExerciseAnswer {
    /// The conditions the answer must check, from the solution's `expect`s (the exercise's when it has no solution).
    let requiredConditions: [String]

    init(step: LessonStep, lesson: MarkdownLesson) {
        let block = step.solution ?? step.block
        let source = lesson.source(of: [block])
        let (script, _) = Parser.parseCollecting(source)
        requiredConditions = script.statements.compactMap { statement in
            guard case .expect(let expectation) = statement else { return nil }
            let range = expectation.approximateTarget.map { expectation.condition.range.union($0.range) } ?? expectation.condition.range
            return source.text(of: range)
        }
    }

    /// Whether a typed line is an attempt at the exercise.
    static func isAttempt(_ text: String) -> Bool {
        if text.contains("???") { return true }
        let (script, _) = Parser.parseCollecting(SourceFile(name: "<prompt>", text: text))
        return script.statements.contains { if case .expect = $0 { true } else { false } }
    }

    /// Whether an attempt that ended with `outcome` and produced `checks` passes.
    func passes(outcome: RunOutcome, checks: [CheckResult]) -> Bool {
        guard outcome.error == nil, checks.allSatisfy(\.passed) else { return false }
        let passed = Set(checks.map { Self.normalized($0.condition) })
        return requiredConditions.allSatisfy { passed.contains(Self.normalized($0)) }
    }

    /// The required conditions that did not pass among `checks`.
    func missingConditions(in checks: [CheckResult]) -> [String] {
        let passed = Set(checks.filter(\.passed).map { Self.normalized($0.condition) })
        return requiredConditions.filter { !passed.contains(Self.normalized($0)) }
    }

    /// The exercise as one line to edit: comments dropped, lines continued with `\`
    /// joined, the statements separated by `; `.
    static func editableLine(_ code: String) -> String {
        var statements: [String] = []
        var pending = ""
        for raw in code.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = Self.withoutComment(raw).trimming(" \t")
            if line.isEmpty { continue }
            if line.hasSuffix("\\") {
                pending += line.dropLast().trimming(" \t") + " "
                continue
            }
            statements.append(pending + line)
            pending = ""
        }
        if !pending.isEmpty { statements.append(pending.trimming(" ")) }
        return statements.joined(separator: "; ")
    }

    /// The line before a `#` that is not inside a string.
    static func withoutComment(_ line: Substring) -> Substring {
        var isInString = false
        var isEscaped = false
        for index in line.indices {
            let character = line[index]
            if isInString {
                if isEscaped { isEscaped = false } else if character == "\\" { isEscaped = true } else if character == "\"" { isInString = false }
            } else if character == "\"" {
                isInString = true
            } else if character == "#" {
                return line[..<index]
            }
        }
        return line
    }

    /// The text with runs of spaces removed, for comparing conditions.
    static func normalized(_ text: String) -> String {
        text.filter { !$0.isWhitespace }
    }
}

extension StringProtocol {
    /// The text without the given characters at either end.
    func trimming(_ characters: String) -> String {
        let set = Set(characters)
        guard let first = firstIndex(where: { !set.contains($0) }), let last = lastIndex(where: { !set.contains($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
