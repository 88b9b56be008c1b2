/// One stop of the stepper: the prose before a runnable block, the block, and for an
/// exercise its hidden solution; hints are the **Hint:** quotes after the block.
public struct LessonStep: Sendable {
    /// Whether the block runs on Enter or waits for the learner's answer.
    public enum Kind: String, Sendable {
        /// A ```` ```nnlab ```` block: shown, then run on Enter.
        case code
        /// A ```` ```nnlab exercise ```` block: put on the line to edit; done when its checks pass.
        case exercise
    }

    /// Whether Enter runs the block or the learner must answer it.
    public var kind: Kind
    /// The block shown to the learner.
    public var block: LessonBlock
    /// The exercise's solution (hidden until asked), nil for a code block.
    public var solution: LessonBlock?
    /// The hints' texts, in file order (hidden until asked).
    public var hints: [String]
    /// The Markdown between the previous step and this block, hints and solutions left out.
    public var prose: String
    /// The heading of the section the block is in.
    public var section: String?
}
