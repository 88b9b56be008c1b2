/// A position in a source text: 1-based line and 1-based column counted in characters.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The line, counted from 1.
    public var line: Int
    /// The column, counted from 1 in characters (grapheme clusters).
    public var column: Int

    /// Creates a location at a line and column, both 1-based.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Orders locations by line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `line:column`, as editors expect it.
    public var description: String { "\(line):\(column)" }
}

/// A span of source text from `start` (inclusive) to `end` (exclusive).
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    /// The first character of the span.
    public var start: SourceLocation
    /// The location just after the last character of the span.
    public var end: SourceLocation

    /// Creates a span; `end` is exclusive.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// A span of `length` characters starting at `line:column`.
    public init(line: Int, column: Int, length: Int = 1) {
        start = SourceLocation(line: line, column: column)
        end = SourceLocation(line: line, column: column + max(length, 0))
    }

    /// The smallest span covering both spans.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    /// `line:column`, the start of the span.
    public var description: String { start.description }
}
