import NNLang

/// A Markdown lesson whose `nnlab` blocks cannot be read: an unterminated fence, an
/// unknown block kind, an exercise without a solution.
public struct LessonFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The line (1-based) of the offending fence.
    public var line: Int
    /// The column (1-based) where the fence starts.
    public var column: Int
    /// What is wrong, e.g. `code block opened here is never closed`.
    public var message: String
    /// How to fix it.
    public var fix: String?

    /// Creates an error at a fence.
    public init(line: Int, column: Int = 1, _ message: String, fix: String? = nil) {
        self.line = line
        self.column = column
        self.message = message
        self.fix = fix
    }

    /// The error as a language diagnostic, so it renders with the file, line and caret.
    public var diagnostic: Diagnostic {
        Diagnostic(.unexpectedToken, message, at: SourceRange(line: line, column: column, length: 3), fix: fix)
    }

    /// `line:column: error: message`.
    public var description: String { "\(line):\(column): error: \(message)" }
}
