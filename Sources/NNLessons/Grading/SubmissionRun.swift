import NNLang

/// One run of a submission and then the checks in the same session, under one seed
/// offset: what the grading child does, reported as `GradeEvent`s as it goes.
///
/// Integrity: only the checks file's `expect`s are cases; the submission's own are
/// reported as `ownCheck` and score nothing. When a unit of the submission stops on an
/// error, the results its unrun commands would have published are withdrawn, so a case
/// reading them fails ("not measured yet", with the error that stopped the unit)
/// instead of passing on a value measured before.
public struct SubmissionRun {
    public var submission: Submission
    public var checks: ChecksFile
    /// Added to every `seed` (see `SessionState.seedOffset`).
    public var seedOffset: UInt64
    /// Where the submission may read and write.
    public var fileAccess: FileAccess

    /// A run of `submission` then `checks`.
    public init(submission: Submission, checks: ChecksFile, seedOffset: UInt64 = 0, fileAccess: FileAccess = .unrestricted) {
        self.submission = submission
        self.checks = checks
        self.seedOffset = seedOffset
        self.fileAccess = fileAccess
    }

    /// Runs everything, reporting each event as it happens.
    public func run(emit: (GradeEvent) -> Void) {
        let interpreter = Interpreter(seedOffset: seedOffset)
        interpreter.fileAccess = fileAccess
        var withdrawn: [String: String] = [:]
        for unit in submission.units {
            run(unit, in: interpreter, withdrawn: &withdrawn, emit: emit)
            withdrawn = withdrawn.filter { interpreter.state.results[$0.key] == nil }
        }
        emit(.checksStarted)
        let caseIndices = Dictionary(uniqueKeysWithValues: checks.caseStatements.enumerated().map { ($1, $0) })
        var statementIndex = 0
        let clock = ContinuousClock()
        var statementStart = clock.now
        _ = interpreter.runEvery(checks.script, source: checks.source) { output in
            let seconds = Self.seconds(statementStart.duration(to: clock.now))
            defer {
                statementIndex += 1
                statementStart = clock.now
            }
            guard let caseIndex = caseIndices[statementIndex] else {
                for case .error(let error) in output.blocks {
                    emit(.checksError(line: error.range.start.line, message: error.message))
                }
                return
            }
            let outcome = Self.outcome(of: output, for: checks.cases[caseIndex], withdrawn: withdrawn)
            emit(.caseResult(index: caseIndex, outcome: outcome, seconds: seconds))
        }
        emit(.finished)
    }

    private func run(_ unit: SourceFile, in interpreter: Interpreter, withdrawn: inout [String: String],
                     emit: (GradeEvent) -> Void) {
        do {
            _ = try ScriptChecker.load(unit, knownValues: interpreter.state.variables)
        } catch {
            for diagnostic in error.diagnostics {
                emit(.submissionError(line: diagnostic.range.start.line, message: diagnostic.message))
            }
            let first = error.diagnostics[0]
            let names = PublishedNames.ofUnrun(unit, diagnostics: error.diagnostics)
            let unit = submission.isLesson ? "the submission's block with line \(first.range.start.line)" : "the submission"
            let reason = "\(unit) did not run: line \(first.range.start.line): \(first.message)"
            for name in names { withdrawn[name] = reason }
            interpreter.withdrawResults(names)
            return
        }
        let outcome = interpreter.run(unit) { output in
            for case .check(let result) in output.blocks { emit(.ownCheck(line: output.range.start.line, passed: result.passed)) }
        }
        guard let error = outcome.error else { return }
        emit(.submissionError(line: error.range.start.line, message: error.message))
        let unrun = ((try? Parser.parse(unit))?.statements ?? []).filter { $0.range.end >= error.range.start }
        let names = PublishedNames.of(unrun)
        let reason = "the submission stopped at line \(error.range.start.line) (\(error.message)) before measuring it"
        for name in names { withdrawn[name] = reason }
        interpreter.withdrawResults(names)
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    private static func outcome(of output: StatementOutput, for gradeCase: GradeCase,
                                withdrawn: [String: String]) -> CaseOutcome {
        var outcome = CaseOutcome.notRun("the check gave no result")
        for block in output.blocks {
            if case .check(let result) = block { outcome = CaseOutcome(result) }
            if case .error(let error) = block { outcome = .notRun(error.message) }
        }
        if !outcome.passed, let reason = PublishedNames.read(by: gradeCase.condition).lazy.compactMap({ withdrawn[$0] }).first {
            outcome.reason = [outcome.reason, reason].compactMap { $0 }.joined(separator: "; ")
        }
        return outcome
    }
}

/// Which published results statements would set, from the results catalog.
enum PublishedNames {
    /// The results the commands among `statements` (loops included) publish.
    static func of(_ statements: [Statement]) -> Set<String> {
        var names: Set<String> = []
        for statement in statements {
            switch statement {
            case .command(let command):
                let variant = command.arguments.first.flatMap { argument -> String? in
                    if case .positional(.name(let word, _)) = argument { return word }
                    return nil
                }
                names.formUnion(published(by: command.name, variant: variant))
            case .forLoop(_, _, _, let body, _):
                names.formUnion(of(body))
            default:
                continue
            }
        }
        return names
    }

    /// What a unit that did not run would have published: the results of the statements that
    /// still parse, and of the command each broken line starts with. Results that earlier
    /// units measured and this one would not have touched stand.
    static func ofUnrun(_ unit: SourceFile, diagnostics: [Diagnostic]) -> Set<String> {
        var names = of(Parser.parseCollecting(unit).0.statements)
        for diagnostic in diagnostics {
            let words = unit.line(diagnostic.range.start.line)?.split { !($0.isLetter || $0 == "_") }.prefix(2).map(String.init) ?? []
            guard let command = words.first else { continue }
            names.formUnion(published(by: command, variant: words.count > 1 ? words[1] : nil))
        }
        return names
    }

    /// The results a command publishes, as the catalog lists its publishers (`check loss`, `train`).
    private static func published(by command: String, variant: String?) -> Set<String> {
        let spellings = [command] + (variant.map { ["\(command) \($0)"] } ?? [])
        return Set(ResultCatalog.all.filter { $0.publishers.contains(where: spellings.contains) }.map(\.name))
    }

    /// The words of a condition that could be names, e.g. `val_acc` and `classes` in `val_acc > 1 / classes`.
    static func read(by condition: String) -> [String] {
        condition.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
    }
}
