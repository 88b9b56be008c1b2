import NNLab

/// The output of one statement, for the renderers.
public struct StatementOutput: Sendable {
    /// The statement's source text (echoed in transcripts).
    public var source: String
    /// Where it is.
    public var range: SourceRange
    /// What it printed.
    public var blocks: [OutputBlock]
}

/// How running some source ended.
public struct RunOutcome: Sendable, Equatable {
    /// `expect`s that passed.
    public var passedChecks = 0
    /// `expect`s that failed.
    public var failedChecks = 0
    /// The error that stopped the run, if any.
    public var error: Diagnostic?
    /// Whether Ctrl-C stopped the run (a loop or a line of statements) before its end.
    public var wasInterrupted = false

    /// The exit code of `nnlab run`: 2 on an error, 1 when an `expect` failed, else 0.
    public var exitCode: Int32 { error != nil ? 2 : (failedChecks > 0 ? 1 : 0) }
}

/// Runs statements against a session. Each command is atomic: the state is copied
/// first and put back if it fails. Output goes to `emit`; nothing is printed here.
public final class Interpreter {
    /// The session.
    public internal(set) var state = SessionState()
    /// Training progress while a command runs.
    public var onProgress: (TrainingEvent) -> Void = { _ in }
    /// A run that is to be watched live (`set live=on`, `train live=true`) is about to start;
    /// its events follow through `onProgress`.
    public var onLiveRun: (LiveRun) -> Void = { _ in }
    /// Polled between training steps; true interrupts the running command (Ctrl-C).
    public var isInterrupted: () -> Bool = { false }
    /// Polled after each statement: true ends `run` there (e.g. its output can no longer be written).
    public var isStopped: () -> Bool = { false }
    /// Where commands may read and write files (`nnlab grade` confines them to the submission's folder).
    public var fileAccess: FileAccess = .unrestricted
    /// Threads a search (`sweep`, `grid`) spreads its trials over; the results do not depend on it.
    public var searchWorkers = ParallelTrials.defaultWorkers
    /// The slice of each search's trials to run (`nnlab run --shard i/N`); nil runs them all.
    public var searchShard: Shard?
    /// The values of the `for` loops running now, outermost first (`o=sgd`), for run names.
    private(set) var loopValues: [String] = []

    /// The commands this version runs; the schema names a few more, not built yet.
    public static var runnableCommands: Set<String> { Set(HandlerTable.handlers.keys) }

    /// A fresh session; `seedOffset` shifts every seed it sets (see `SessionState.seedOffset`).
    public init(seedOffset: UInt64 = 0, numericMode: NumericMode = .fast) {
        if seedOffset != 0 { state = SessionState(seedOffset: seedOffset) }
        state.numericMode = numericMode
    }

    /// Parses and checks all of `source` first (so a syntax error anywhere stops
    /// everything before it runs), then runs it statement by statement, stopping at
    /// the first error.
    public func run(_ source: SourceFile, emit: (StatementOutput) -> Void) -> RunOutcome {
        var outcome = RunOutcome()
        let script: Script
        do {
            script = try ScriptChecker.load(source, knownValues: state.variables)
        } catch {
            let first = error.diagnostics[0]
            emit(StatementOutput(source: "", range: first.range, blocks: error.diagnostics.map { .error($0) }))
            outcome.error = first
            return outcome
        }
        for (index, statement) in script.statements.enumerated() {
            var blocks = execute(statement, source: source, outcome: &outcome)
            let remaining = script.statements.count - index - 1
            let stops = outcome.error == nil && remaining > 0 && (outcome.wasInterrupted || isInterrupted())
            if stops, !outcome.wasInterrupted {
                blocks.append(.warning("interrupted: the \(remaining == 1 ? "statement" : "\(remaining) statements") after this one did not run"))
                outcome.wasInterrupted = true
            }
            emit(StatementOutput(source: source.text(of: statement.range), range: statement.range, blocks: blocks))
            if outcome.error != nil || stops || isStopped() { break }
        }
        return outcome
    }

    /// Runs one statement; an error is the last block and is recorded in `outcome`.
    ///
    /// Only a command can fail after changing the state, so only a command keeps a copy to
    /// put back: a copy kept across a `let` would make every assignment copy all the
    /// variables, and a long chain of them quadratic.
    func execute(_ statement: Statement, source: SourceFile, outcome: inout RunOutcome) -> [OutputBlock] {
        var saved: SessionState?
        if case .command = statement { saved = state }
        var result: Result<[OutputBlock], Diagnostic> = .success([])
        NumericMode.$current.withValue(state.numericMode) {
            ThreadPolicy.$current.withValue(state.threadPolicy) {
                do throws(Diagnostic) {
                    result = .success(try perform(statement, source: source, outcome: &outcome))
                } catch {
                    result = .failure(error)
                }
            }
        }
        do {
            return try result.get()
        } catch {
            if let saved { state = saved }
            outcome.error = error
            return [.error(error)]
        }
    }

    private func perform(_ statement: Statement, source: SourceFile,
                         outcome: inout RunOutcome) throws(Diagnostic) -> [OutputBlock] {
        switch statement {
        case .command(let command):
            return try runCommand(command)
        case .assignment(let name, let nameRange, let value, _):
            let result = try assignedValue(name, at: nameRange, value)
            state.variables[name] = result
            return []
        case .print(let values, _):
            let evaluator = Evaluator(environment: state)
            var parts: [String] = []
            for value in values { parts.append("\(source.text(of: value.range)) = \(try evaluator.evaluate(value))") }
            return [.text(parts.joined(separator: ", "))]
        case .forLoop(let variable, let variableRange, let sequence, let body, _):
            return try runLoop(variable: variable, at: variableRange, over: sequence, body: body,
                               source: source, outcome: &outcome)
        case .expect(let expectation):
            return try check(expectation, source: source, outcome: &outcome)
        }
    }

    private func runCommand(_ command: Command) throws(Diagnostic) -> [OutputBlock] {
        let checked: CheckedCommand
        do {
            checked = try CommandChecker(environment: state).check(command)
        } catch {
            throw error.diagnostics[0]
        }
        let context = HandlerContext(onProgress: onProgress, onLiveRun: onLiveRun, isInterrupted: isInterrupted,
                                     fileAccess: fileAccess, searchWorkers: searchWorkers, searchShard: searchShard,
                                     loopValues: loopValues)
        do throws(CommandFailure) {
            return try HandlerTable.run(checked, state: &state, context: context)
        } catch {
            let range = error.range ?? error.option.flatMap { checked.optionRanges[$0] } ?? command.range
            throw Diagnostic(.commandFailed, error.message, at: range, fix: error.fix)
        }
    }

    /// The value a `let` assigns; the evaluator (holding a copy of the state) is gone when
    /// the variable is set, so the variables are not copied.
    private func assignedValue(_ name: String, at range: SourceRange, _ value: Expr) throws(Diagnostic) -> Value {
        let evaluator = Evaluator(environment: state)
        try evaluator.checkAssignable(name, at: range)
        return try evaluator.evaluate(value)
    }

    private func loopItems(_ variable: String, at range: SourceRange, over sequence: Expr) throws(Diagnostic) -> [Value] {
        let evaluator = Evaluator(environment: state)
        try evaluator.checkAssignable(variable, at: range)
        let values = try evaluator.evaluate(sequence)
        guard let items = values.list else {
            throw Diagnostic(.typeMismatch, "a for loop needs a list, got \(values.kindDescription)", at: sequence.range,
                             expected: "a list such as [1e-1, 1e-2]")
        }
        return items
    }

    private func runLoop(variable: String, at range: SourceRange, over sequence: Expr, body: [Statement],
                         source: SourceFile, outcome: inout RunOutcome) throws(Diagnostic) -> [OutputBlock] {
        let items = try loopItems(variable, at: range, over: sequence)
        var blocks: [OutputBlock] = []
        let depth = loopValues.count
        defer { loopValues.removeSubrange(depth...) }
        for (index, item) in items.enumerated() {
            state.variables[variable] = item
            loopValues.removeSubrange(depth...)
            loopValues.append("\(variable)=\(item)")
            blocks.append(.text("# \(variable) = \(item)"))
            for (position, statement) in body.enumerated() {
                blocks += execute(statement, source: source, outcome: &outcome)
                if outcome.error != nil || outcome.wasInterrupted { return blocks }
                let isLast = index == items.count - 1 && position == body.count - 1
                if !isLast, isInterrupted() {
                    outcome.wasInterrupted = true
                    blocks.append(.warning("interrupted: the loop stopped at \(variable) = \(item) (\(index + 1) of \(items.count) values)"))
                    return blocks
                }
            }
        }
        return blocks
    }

    private func check(_ expectation: Expectation, source: SourceFile,
                       outcome: inout RunOutcome) throws(Diagnostic) -> [OutputBlock] {
        let checked: CheckedExpectation
        do {
            checked = try CheckedExpectation(expectation, source: source, checker: CommandChecker(environment: state))
        } catch {
            throw error.diagnostics[0]
        }
        let result = checked.evaluate(in: state)
        if result.passed { outcome.passedChecks += 1 } else { outcome.failedChecks += 1 }
        return [.check(result)]
    }
}
