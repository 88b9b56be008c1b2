import NNLab
import NNLang

/// Walks a learner through a lesson, one block at a time, in one session: Enter runs a
/// code block; an exercise waits until a line checks what its solution checks (or
/// `:skip`); any other line runs in the same session. Everything that ran is logged in
/// `progress`, which is saved after every step, and the session is always what replaying
/// that log from a fresh start gives: `:back` and resuming replay it, and a command
/// stopped by Ctrl-C is undone by replaying the log without it. Nothing is printed here:
/// what to show goes to `emit` as `StepperEvent`s.
public final class LessonStepper {
    /// The lesson.
    public let lesson: SteppedLesson
    /// Where the learner is, and the log of the session.
    public internal(set) var progress: LessonProgress
    /// Where progress is saved; nil saves nothing.
    public let store: ProgressStore?
    /// Training progress of a live command (not of a replay).
    public var onProgress: (TrainingEvent) -> Void = { _ in }
    /// The runs to watch live (`set live=on`), on a terminal.
    public var onLiveRun: (LiveRun) -> Void = { _ in }
    /// Polled while a live command runs: true stops it (Ctrl-C), and it is then undone.
    public var isInterrupted: () -> Bool = { false }

    var interpreter = Interpreter()

    /// The lesson's session as it stands (Tab completes its names).
    public var state: SessionState { interpreter.state }
    /// The notebook cells of each log entry, in step with `progress.log`.
    var cells: [[Notebook.Cell]] = []
    /// The learner's last failed answer to the current exercise, offered again for editing.
    var lastAttempt: String?
    /// Whether saving failed once (said once, not after every step).
    var saveFailed = false

    /// A stepper at the start of `lesson`, or at `saved` (which must fit the lesson:
    /// `saved.mismatch(with:)` is nil); call `start` to rebuild the session and show the step.
    public init(lesson: SteppedLesson, store: ProgressStore?, resuming saved: LessonProgress? = nil) {
        self.lesson = lesson
        self.store = store
        progress = saved ?? LessonProgress(of: lesson)
    }

    /// The step the learner is at, nil once the lesson is done.
    public var currentStep: LessonStep? {
        progress.isDone ? nil : lesson.steps[progress.position]
    }

    /// The text to put on the line for editing: the current exercise (or the last try at it).
    public var editableLine: String? {
        guard let step = currentStep, step.kind == .exercise else { return nil }
        return lastAttempt ?? ExerciseAnswer.editableLine(step.block.code)
    }

    /// The session so far as a notebook.
    public var notebook: Notebook {
        var notebook = Notebook(title: "Notes: " + lesson.title)
        notebook.cells = zip(progress.log, cells).flatMap { entry, cells in
            cells.map { cell in
                var cell = cell
                cell.isSkippedSolution = entry.origin == .solution
                return cell
            }
        }
        return notebook
    }

    /// Rebuilds the session from the saved log (when resuming), then shows the current step.
    public func start(emit: (StepperEvent) -> Void) {
        if !progress.log.isEmpty {
            emit(.note("restoring the session: replaying \(Self.count(progress.log.count, "command"))..."))
            replayLog()
        }
        showCurrent(emit)
    }

    /// Handles one line: Enter (empty) goes on, `:key` is a key, anything else runs in the
    /// session. A key typed after the exercise put on the line (`… expect b == 7:hint`) is
    /// the key alone. Returns false after `:quit`.
    public func handle(_ line: String, emit: (StepperEvent) -> Void) -> Bool {
        var text = line.trimming(" \t")
        if let editable = editableLine, text.hasPrefix(editable), text.dropFirst(editable.count).trimming(" ").hasPrefix(":") {
            text = text.dropFirst(editable.count).trimming(" ")
        }
        if text.hasPrefix(":") { return handleKey(text, emit: emit) }
        if text.isEmpty {
            enter(emit)
        } else {
            runTyped(line, emit)
        }
        return true
    }

    /// Enter: runs a code block and moves on; at an exercise, says what it waits for.
    private func enter(_ emit: (StepperEvent) -> Void) {
        guard let step = currentStep else {
            return emit(.note("the lesson is done: :back, :restart, :save FILE or :quit (commands still run)"))
        }
        guard step.kind == .code else {
            return emit(.note("this exercise waits for your answer: fill the ??? holes on the line, or type commands "
                              + "with the checks; :hint for a hint, :skip to go on without it"))
        }
        guard run(LessonProgress.LogEntry(step: progress.position, origin: .block), emit: emit) != nil else { return }
        progress.steps[progress.position].status = .done
        moveOn(emit)
    }

    /// A typed line: runs it; at an exercise, an attempt is counted and judged.
    private func runTyped(_ text: String, _ emit: (StepperEvent) -> Void) {
        guard let result = run(LessonProgress.LogEntry(step: progress.position, origin: .typed, text: text), emit: emit) else {
            return
        }
        guard let step = currentStep, step.kind == .exercise, ExerciseAnswer.isAttempt(text) else {
            save(emit)
            return
        }
        progress.steps[progress.position].attempts += 1
        let attempts = progress.steps[progress.position].attempts
        let answer = ExerciseAnswer(step: step, lesson: lesson.lesson)
        if answer.passes(outcome: result.outcome, checks: result.checks) {
            progress.steps[progress.position].status = .passed
            emit(.note("exercise passed, at attempt \(attempts)"))
            return moveOn(emit)
        }
        lastAttempt = text
        let missing = answer.missingConditions(in: result.checks)
        let reason = missing.isEmpty ? "" : " (the exercise also checks: \(missing.joined(separator: ", ")))"
        emit(.note("not yet, attempt \(attempts)\(reason); edit and try again, :hint for a hint, :skip to go on"))
        save(emit)
    }

    /// Goes to the next step, saves, and shows it.
    func moveOn(_ emit: (StepperEvent) -> Void) {
        progress.position += 1
        lastAttempt = nil
        save(emit)
        showCurrent(emit)
    }

    /// Shows the current step, or the end of the lesson.
    func showCurrent(_ emit: (StepperEvent) -> Void) {
        if let step = currentStep {
            emit(.step(step, number: progress.position + 1, of: lesson.steps.count))
        } else {
            emit(.finished(closingProse: lesson.closingProse, summary: "lesson done: " + progress.summary(exerciseCount: lesson.exerciseCount)))
        }
    }

    /// Runs an entry live and logs it; nil when Ctrl-C stopped it, which undoes it.
    @discardableResult
    func run(_ entry: LessonProgress.LogEntry,
             emit: (StepperEvent) -> Void) -> (outcome: RunOutcome, checks: [CheckResult])? {
        var wasInterrupted = false
        let interrupted = isInterrupted
        interpreter.onProgress = onProgress
        interpreter.onLiveRun = onLiveRun
        interpreter.isInterrupted = {
            wasInterrupted = wasInterrupted || interrupted()
            return wasInterrupted
        }
        defer {
            interpreter.onProgress = { _ in }
            interpreter.onLiveRun = { _ in }
            interpreter.isInterrupted = { false }
        }
        let (outcome, checks, entryCells) = execute(entry, emit: emit)
        if wasInterrupted || interrupted() {
            emit(.note("interrupted: undoing it, so the session stays what the lesson's log replays..."))
            replayLog()
            return nil
        }
        progress.log.append(entry)
        cells.append(entryCells)
        return (outcome, checks)
    }

    /// Runs an entry in the session; its statements' outputs go to `emit`.
    private func execute(_ entry: LessonProgress.LogEntry,
                         emit: (StepperEvent) -> Void) -> (RunOutcome, [CheckResult], [Notebook.Cell]) {
        let source: SourceFile
        let text: String
        switch entry.origin {
        case .block, .solution:
            let step = lesson.steps[entry.step]
            let block = entry.origin == .block ? step.block : (step.solution ?? step.block)
            source = lesson.lesson.source(of: [block])
            text = block.code
        case .typed:
            text = entry.text ?? ""
            source = SourceFile(name: "<prompt>", text: text)
        }
        var entryCells: [Notebook.Cell] = []
        var checks: [CheckResult] = []
        let interpreter = interpreter
        let outcome = interpreter.run(source) { statement in
            let display = interpreter.state.display
            entryCells.append(Notebook.cell(statement, source: source, display: display, entry: text))
            for case .check(let result) in statement.blocks { checks.append(result) }
            emit(.output(statement, source: source, display: display, isEchoed: entry.origin != .typed))
        }
        return (outcome, checks, entryCells)
    }

    /// A fresh session with every logged entry run again, silently.
    func replayLog() {
        interpreter = Interpreter()
        cells = progress.log.map { execute($0, emit: { _ in }).2 }
    }

    /// Saves the progress, saying whether it was; a failure is said once.
    @discardableResult
    func save(_ emit: (StepperEvent) -> Void) -> Bool {
        guard let store else { return false }
        do {
            try store.save(progress, key: lesson.key)
            return true
        } catch {
            guard !saveFailed else { return false }
            saveFailed = true
            emit(.warning(error.message + " (the lesson goes on; progress is not saved)"))
            return false
        }
    }

    /// `3 commands`, `1 command`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
