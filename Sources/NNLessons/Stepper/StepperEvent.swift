import NNLang

/// What the stepper has to show; the executable turns each into text.
public enum StepperEvent: Sendable {
    /// A step begins: its prose, then its block (number is 1-based).
    case step(LessonStep, number: Int, of: Int)
    /// One statement's output. `isEchoed`: the statement came from the lesson (a block or
    /// a solution), so it is shown as `> command` first; typed lines are not repeated.
    case output(StatementOutput, source: SourceFile, display: DisplaySettings, isEchoed: Bool)
    /// A hint, number `number` of `count`.
    case hint(String, number: Int, of: Int)
    /// The solution of the exercise, shown after the last hint.
    case solution(String)
    /// A short message from the stepper (passed, skipped, where, saved…).
    case note(String)
    /// Something went wrong but the lesson goes on (progress could not be saved).
    case warning(String)
    /// The last step is behind: the closing prose and a summary.
    case finished(closingProse: String, summary: String)
}
