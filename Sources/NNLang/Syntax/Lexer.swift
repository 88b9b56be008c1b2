/// Tokens and lexical diagnostics of one source.
public struct LexedSource: Sendable {
    /// The tokens, ending with `.endOfFile`.
    public var tokens: [Token]
    /// Lexical errors found on the way; the tokens cover them with `.invalid`.
    public var diagnostics: [Diagnostic]
    /// Whether the text ends with a continuation backslash (outside strings and comments):
    /// a prompt should read another line before running it.
    public var endsWithContinuation: Bool
}

/// Turns source text into tokens in one linear pass over Unicode scalars, reporting bad input instead of trapping.
public struct Lexer {
    let scalars: [Unicode.Scalar]
    /// The 1-based column of each scalar (and one past the end), counted in characters per `TextClusters`.
    let columns: [Int32]
    var index = 0
    var line: Int
    var sawSpace = true
    var tokenStart = 0
    var tokenLine: Int
    var tokens: [Token] = []
    var diagnostics: [Diagnostic] = []
    var endsWithContinuation = false

    /// Prepares to lex a source.
    public init(_ source: SourceFile) {
        scalars = Array(source.text.unicodeScalars)
        columns = Lexer.columns(of: scalars)
        line = source.firstLine
        tokenLine = source.firstLine
    }

    /// The column of every scalar, restarting at 1 after each line break.
    static func columns(of scalars: [Unicode.Scalar]) -> [Int32] {
        var columns = [Int32](repeating: 1, count: scalars.count + 1)
        var column: Int32 = 0
        var previous: Unicode.Scalar?
        for (position, scalar) in scalars.enumerated() {
            if previous.map({ $0 == "\n" || ($0 == "\r" && scalar != "\n") }) ?? false {
                column = 0
                previous = nil
            }
            if TextClusters.startsCluster(scalar, after: previous) { column += 1 }
            columns[position] = max(column, 1)
            previous = scalar
        }
        let endsLine = scalars.last?.isLineBreak ?? true
        columns[scalars.count] = endsLine ? 1 : column + 1
        return columns
    }

    /// Lexes a source into tokens and diagnostics.
    public static func tokenize(_ source: SourceFile) -> LexedSource {
        var lexer = Lexer(source)
        return lexer.run()
    }

    /// Lexes the whole source.
    public mutating func run() -> LexedSource {
        while index < scalars.count {
            scanToken()
        }
        beginToken()
        add(.endOfFile)
        return LexedSource(tokens: tokens, diagnostics: diagnostics, endsWithContinuation: endsWithContinuation)
    }

    /// Whether a line typed at a prompt ends with `\` (not in a comment or string) and so continues.
    public static func continuesOnNextLine(_ text: String) -> Bool {
        tokenize(SourceFile(name: "<prompt>", text: text)).endsWithContinuation
    }

    // MARK: - Cursor

    var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    func peek(at offset: Int) -> Unicode.Scalar? {
        let position = index + offset
        return position < scalars.count ? scalars[position] : nil
    }

    var column: Int { Int(columns[index]) }

    mutating func advance() -> Unicode.Scalar {
        let scalar = scalars[index]
        index += 1
        return scalar
    }

    mutating func beginToken() {
        tokenStart = index
        tokenLine = line
    }

    /// Consumes a line break (`\n`, `\r` or `\r\n`, whose first scalar is already consumed).
    mutating func finishLineBreak(_ first: Unicode.Scalar) {
        if first == "\r", peek == "\n" { index += 1 }
        line += 1
        sawSpace = true
    }

    var tokenRange: SourceRange {
        let start = Int(columns[tokenStart])
        return SourceRange(start: SourceLocation(line: tokenLine, column: start),
                           end: SourceLocation(line: tokenLine, column: max(Int(columns[index]), start + 1)))
    }

    var lexeme: String { Lexer.string(scalars[tokenStart..<index]) }

    /// A string from scalars, encoded straight into the string's storage (the lexer's hot path).
    static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var count = 0
        for scalar in slice { count += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var written = 0
            for scalar in slice {
                UTF8.encode(scalar) { byte in
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }

    mutating func add(_ kind: TokenKind) {
        tokens.append(Token(kind: kind, lexeme: lexeme, range: tokenRange, hasSpaceBefore: sawSpace))
        sawSpace = false
    }

    /// Records a diagnostic, up to `Parser.maximumDiagnostics` of them.
    mutating func report(
        _ kind: DiagnosticKind, _ message: String, range: SourceRange? = nil,
        expected: String? = nil, fix: String? = nil
    ) {
        guard diagnostics.count < Parser.maximumDiagnostics else { return }
        diagnostics.append(Diagnostic(kind, message, at: range ?? tokenRange, expected: expected, fix: fix))
    }
}
