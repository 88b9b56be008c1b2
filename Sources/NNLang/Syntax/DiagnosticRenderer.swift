/// Renders diagnostics as text: headline, file position, the source line and a caret under the token.
///
///     error: unknown command 'trian' (did you mean 'train'?)
///      --> lesson.nnlab:3:1
///       |
///     3 | trian epochs=5
///       | ^^^^^
///       = expected: a command name
///       = help: …
public struct DiagnosticRenderer: Sendable {
    /// The source the diagnostics point into.
    public let source: SourceFile
    /// The widest source excerpt shown; longer lines are cut around the caret.
    public var maximumExcerptWidth: Int

    /// Creates a renderer for one source.
    public init(source: SourceFile, maximumExcerptWidth: Int = 100) {
        self.source = source
        self.maximumExcerptWidth = max(maximumExcerptWidth, 20)
    }

    /// The diagnostic as lines of plain text (no trailing newline).
    public func render(_ diagnostic: Diagnostic) -> String {
        let start = diagnostic.range.start
        var lines = [
            "\(diagnostic.severity.rawValue): \(sanitize(diagnostic.headline))",
            " --> \(source.name):\(start.line):\(start.column)",
        ]
        if let line = source.line(start.line) {
            let excerpt = Excerpt(line: line, range: diagnostic.range, width: maximumExcerptWidth)
            let gutter = String(start.line)
            let pad = String(repeating: " ", count: gutter.count)
            lines += ["\(pad) |", "\(gutter) | \(excerpt.text)", "\(pad) | \(excerpt.caret)"]
        }
        if let expected = diagnostic.expected {
            lines.append("  = expected: \(sanitize(expected))")
        }
        if let fix = diagnostic.fix {
            lines.append("  = help: \(sanitize(fix))")
        }
        return lines.joined(separator: "\n")
    }

    /// Several diagnostics separated by blank lines.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined(separator: "\n\n")
    }

    /// Messages can quote user text: control characters are escaped and long text cut.
    func sanitize(_ text: String) -> String {
        let escaped = text.escapedForDisplay
        return escaped.count > 300 ? String(escaped.prefix(297)) + "..." : escaped
    }
}

/// A window of one source line, made safe to print, with a caret line under the range.
struct Excerpt {
    var text = ""
    var caret = ""

    /// Only the window's characters are materialized, so a megabyte line costs two scans.
    init(line: Substring, range: SourceRange, width: Int) {
        let count = TextClusters.count(line.unicodeScalars)
        let startIndex = min(max(range.start.column - 1, 0), count)
        let endIndex = range.end.line == range.start.line
            ? min(max(range.end.column - 1, startIndex + 1), count + 1) : count + 1
        let windowStart = count > width ? max(0, min(startIndex - width / 3, count - width)) : 0
        let windowEnd = min(count, windowStart + width)
        let shown = TextClusters.clusters(line.unicodeScalars, in: windowStart..<windowEnd)
        if windowStart > 0 { append("...", underlined: false) }
        for (offset, character) in shown.enumerated() {
            let index = windowStart + offset
            append(Excerpt.display(character), underlined: index >= startIndex && index < endIndex)
        }
        if windowEnd < count { append("...", underlined: false) }
        if startIndex >= windowEnd { caret += "^" }
        while caret.last == " " { caret.removeLast() }
    }

    mutating func append(_ shown: String, underlined: Bool) {
        text += shown
        caret += String(repeating: underlined ? "^" : " ", count: shown.count)
    }

    static func display(_ character: String) -> String {
        if character == "\t" { return " " }
        return character.escapedForDisplay
    }
}
