/// One fenced `nnlab` code block of a Markdown lesson, with its place in the file.
public struct LessonBlock: Sendable, Equatable {
    /// What a block is for, from the word after `nnlab` in its info string.
    public enum Kind: String, Sendable, CaseIterable {
        /// ```` ```nnlab ````: runs as it is.
        case code
        /// ```` ```nnlab exercise ````: holes (`???`) the learner fills.
        case exercise
        /// ```` ```nnlab solution ````: the reference answer to the exercise before it.
        case solution
    }

    /// The block's kind.
    public var kind: Kind
    /// The line (1-based) of the opening fence.
    public var fenceLine: Int
    /// The lines (1-based) between the fences; empty for an empty block.
    public var contentLines: Range<Int>
    /// The code between the fences, lines joined with `\n`, without the block quote
    /// markers, list indentation and fence indentation in front of each line.
    public var code: String
    /// For each code line, how many columns of the file line came before it, so a
    /// column in `code` maps back to the file.
    public var contentColumns: [Int]

    /// Creates a block.
    public init(kind: Kind, fenceLine: Int, contentLines: Range<Int>, code: String, contentColumns: [Int] = []) {
        self.kind = kind
        self.fenceLine = fenceLine
        self.contentLines = contentLines
        self.code = code
        self.contentColumns = contentColumns
    }
}
