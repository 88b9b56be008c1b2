/// What `nnlab grade` needs beyond `run`: a checks phase that evaluates every statement
/// even after one fails, and taking back results a failed block did not really measure.
extension Interpreter {
    /// Runs every statement of a parsed script in order, going on after an error (the
    /// error is the last block of that statement's output), so one failing check or
    /// command never keeps the ones after it from being evaluated.
    public func runEvery(_ script: Script, source: SourceFile, emit: (StatementOutput) -> Void) -> RunOutcome {
        var outcome = RunOutcome()
        for statement in script.statements {
            var statementOutcome = RunOutcome()
            let blocks = execute(statement, source: source, outcome: &statementOutcome)
            outcome.passedChecks += statementOutcome.passedChecks
            outcome.failedChecks += statementOutcome.failedChecks
            outcome.error = outcome.error ?? statementOutcome.error
            emit(StatementOutput(source: source.text(of: statement.range), range: statement.range, blocks: blocks))
        }
        return outcome
    }

    /// Removes published results, so reading them is "not measured yet" until a command
    /// publishes them again (a block stopped before the commands that would have).
    public func withdrawResults(_ names: Set<String>) {
        for name in names { state.results[name] = nil }
    }
}
