import NNLang

/// Why `nnlab grade` cannot run at all (exit 2): a file it cannot read, a checks file
/// that does not parse or has no cases.
public struct GradeSetupError: Error, Sendable, CustomStringConvertible {
    /// The whole message, possibly several lines (a diagnostic with its caret).
    public var description: String
    /// For a submission that is not a well-formed lesson, the line and the one-line reason.
    public var malformedLesson: (line: Int, message: String)?

    /// An error with its message.
    public init(_ description: String) { self.description = description }
}

/// The instructor's checks file: commands and `expect`s run after the submission, in
/// the same state. Each top-level `expect` is one case; nothing else scores.
public struct ChecksFile: Sendable {
    /// The file as read.
    public let source: SourceFile
    /// Its statements.
    public let script: Script
    /// The cases, in file order.
    public let cases: [GradeCase]
    /// For each case, the index of its statement in `script`.
    public let caseStatements: [Int]

    /// Parses and checks the file; throws when it has a syntax or schema error, an
    /// `expect` inside a loop (a case must be one result), or no `expect` at all.
    public init(_ source: SourceFile) throws(GradeSetupError) {
        self.source = source
        let renderer = DiagnosticRenderer(source: source)
        do {
            script = try Parser.parse(source)
        } catch {
            throw GradeSetupError(error.diagnostics.map(renderer.render).joined(separator: "\n"))
        }
        // Names the submission defines are unknown here; every other error is the checks file's.
        let problems = ScriptChecker.validate(script, source: source).filter { $0.kind != .undefinedName }
        if !problems.isEmpty { throw GradeSetupError(problems.map(renderer.render).joined(separator: "\n")) }
        var cases: [GradeCase] = []
        var caseStatements: [Int] = []
        for (index, statement) in script.statements.enumerated() {
            if case .forLoop(_, _, _, let body, _) = statement, body.contains(where: Self.isExpect) {
                throw GradeSetupError("\(source.name):\(statement.range.start.line): an expect inside a for loop is not one case; write one expect per case in a checks file")
            }
            guard case .expect(let expectation) = statement else { continue }
            cases.append(try Self.gradeCase(expectation, source: source, renderer: renderer))
            caseStatements.append(index)
        }
        guard !cases.isEmpty else {
            throw GradeSetupError("\(source.name) has no expect: a checks file scores its expects (e.g. expect val_acc > 0.9 points=2 \"reach 90%\")")
        }
        self.cases = cases
        self.caseStatements = caseStatements
    }

    private static func isExpect(_ statement: Statement) -> Bool {
        if case .expect = statement { return true }
        return false
    }

    private static func gradeCase(_ expectation: Expectation, source: SourceFile,
                                  renderer: DiagnosticRenderer) throws(GradeSetupError) -> GradeCase {
        let checked: CheckedExpectation
        do {
            checked = try CheckedExpectation(expectation, source: source, checker: CommandChecker(environment: SessionState()))
        } catch {
            throw GradeSetupError(error.diagnostics.map(renderer.render).joined(separator: "\n"))
        }
        guard checked.points >= 0 else {
            throw GradeSetupError("\(source.name):\(expectation.range.start.line): points= must not be negative")
        }
        var gradeCase = GradeCase(line: expectation.range.start.line, condition: checked.conditionText,
                                  command: source.text(of: expectation.range), message: expectation.message,
                                  maxPoints: checked.points)
        let stated = checked.statedTarget(in: SessionState())
        gradeCase.statedExpected = stated.expected.map(ReportedValue.init)
        gradeCase.statedTolerance = stated.tolerance
        return gradeCase
    }
}
