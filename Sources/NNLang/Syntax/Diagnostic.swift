/// One language error (or warning) with its position, what was expected and a fix.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable {
        /// Stops the script (exit 2).
        case error
        /// Reported, does not stop anything.
        case warning
    }

    /// The category, for tests and tools.
    public var kind: DiagnosticKind
    /// The headline, without position, e.g. `unknown command 'trian'`.
    public var message: String
    /// The span of the offending token(s).
    public var range: SourceRange
    /// What the grammar or schema expected there, e.g. `a number`.
    public var expected: String?
    /// The nearest valid name by edit distance, shown as `did you mean '…'?`.
    public var suggestion: String?
    /// A sentence saying how to fix it.
    public var fix: String?
    /// Error or warning.
    public var severity: Severity

    /// Creates a diagnostic; only `kind`, `message` and `range` are required.
    public init(
        _ kind: DiagnosticKind, _ message: String, at range: SourceRange,
        expected: String? = nil, suggestion: String? = nil, fix: String? = nil,
        severity: Severity = .error
    ) {
        self.kind = kind
        self.message = message
        self.range = range
        self.expected = expected
        self.suggestion = suggestion
        self.fix = fix
        self.severity = severity
    }

    /// The headline with its suggestion: `unknown command 'trian' (did you mean 'train'?)`.
    public var headline: String {
        guard let suggestion else { return message }
        return "\(message) (did you mean '\(suggestion)'?)"
    }

    /// `line:column: error: headline`, a one-line form for logs and tests.
    public var description: String { "\(range.start): \(severity.rawValue): \(headline)" }
}

/// Every diagnostic found in a source, thrown when a script cannot run.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    /// The diagnostics in source order.
    public var diagnostics: [Diagnostic]

    /// Wraps diagnostics, sorting them by position.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { $0.range.start < $1.range.start }
    }

    /// The one-line forms, one per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
