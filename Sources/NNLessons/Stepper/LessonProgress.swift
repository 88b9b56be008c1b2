/// Where a learner is in one lesson, saved after every step: the current step, each
/// step's status, attempts and hints seen, and the log of everything run, which is
/// replayed to rebuild the session exactly (same commands, same seeds, same numbers).
public struct LessonProgress: Codable, Sendable, Equatable {
    /// What became of one step.
    public enum Status: String, Codable, Sendable {
        /// Not behind the learner yet.
        case pending
        /// A code block that ran.
        case done
        /// An exercise whose checks passed.
        case passed
        /// Skipped with `:skip`.
        case skipped
    }

    /// One step's record.
    public struct StepRecord: Codable, Sendable, Equatable {
        /// What became of the step.
        public var status: Status = .pending
        /// Answers to an exercise that were checked.
        public var attempts = 0
        /// Hints shown; one more than there are hints means the solution was shown too.
        public var hintsShown = 0
    }

    /// One entry of the log: a block run on Enter, a solution run on `:skip`, or a line the learner typed.
    public struct LogEntry: Codable, Sendable, Equatable {
        /// Where the entry's code comes from.
        public enum Origin: String, Codable, Sendable {
            /// The step's block, run on Enter.
            case block
            /// The step's solution, run on `:skip`.
            case solution
            /// A line the learner typed (`text`).
            case typed
        }
        /// The step that was current when it ran (`steps.count` once the lesson was done).
        public var step: Int
        /// Where its code comes from.
        public var origin: Origin
        /// The typed line (blocks and solutions come from the lesson).
        public var text: String?
    }

    /// The file format's version.
    public static let currentFormat = 1
    /// The format the record was written in.
    public var format = LessonProgress.currentFormat
    /// The lesson's path as it was opened.
    public var lesson: String
    /// `SteppedLesson.fingerprint` of the lesson the log belongs to.
    public var fingerprint: String
    /// The current step; `steps.count` once the lesson is done.
    public var position = 0
    /// Each step's record, in lesson order.
    public var steps: [StepRecord]
    /// Everything that ran in the session, in order: replaying it rebuilds the session.
    public var log: [LogEntry] = []

    /// A fresh start of `lesson`.
    public init(of lesson: SteppedLesson) {
        self.lesson = lesson.lesson.name
        fingerprint = lesson.fingerprint
        steps = Array(repeating: StepRecord(), count: lesson.steps.count)
    }

    /// Whether every step is behind the learner.
    public var isDone: Bool { position >= steps.count }
    /// Whether nothing was done yet.
    public var isUntouched: Bool { position == 0 && log.isEmpty }

    /// `not started`, `step 3 of 8` or `done`, with the exercises passed: `done, exercises passed 2 of 2`.
    public func summary(exerciseCount: Int? = nil) -> String {
        let place = isUntouched ? "not started" : (isDone ? "done" : "step \(position + 1) of \(steps.count)")
        let passed = steps.count { $0.status == .passed }
        let skipped = steps.count { $0.status == .skipped }
        var text = place
        if let exerciseCount, exerciseCount > 0, !isUntouched { text += ", exercises passed \(passed) of \(exerciseCount)" }
        if skipped > 0 { text += ", \(skipped) skipped" }
        return text
    }

    /// Why the record cannot belong to `lesson`, or nil when it fits (format, sizes, log).
    public func mismatch(with lesson: SteppedLesson) -> String? {
        if format != Self.currentFormat { return "it is in format \(format), this nnlab reads \(Self.currentFormat)" }
        if fingerprint != lesson.fingerprint || steps.count != lesson.steps.count {
            return "the lesson's blocks changed since it was saved"
        }
        if !(0...steps.count).contains(position) { return "its step \(position) is not in the lesson" }
        let isMisplaced = { (entry: LogEntry) in
            entry.origin == .typed ? entry.text == nil || entry.step > steps.count : !steps.indices.contains(entry.step)
        }
        if let bad = log.first(where: isMisplaced) {
            return "its log names step \(bad.step), which is not in the lesson, or lacks a typed line"
        }
        if log.contains(where: { $0.origin == .solution && lesson.steps[$0.step].solution == nil }) {
            return "its log runs a solution of a block that has none"
        }
        return nil
    }
}
