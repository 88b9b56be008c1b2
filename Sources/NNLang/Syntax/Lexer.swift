/// Tokens and lexical diagnostics of one source.
public struct LexedSource: Sendable {
    /// The tokens, ending with `.endOfFile`.
    public var tokens: [Token]
    /// Lexical errors found on the way; the tokens cover them with `.invalid`.
    public var diagnostics: [Diagnostic]
}

/// Turns source text into tokens in one linear pass, reporting bad input instead of trapping.
public struct Lexer {
    let characters: [Character]
    let firstLine: Int
    var index = 0
    var line: Int
    var lineStart = 0
    var sawSpace = true
    var tokenStart = 0
    var tokenLine: Int
    var tokenColumn = 1
    var tokens: [Token] = []
    var diagnostics: [Diagnostic] = []

    /// Prepares to lex a source.
    public init(_ source: SourceFile) {
        characters = Array(source.text)
        firstLine = source.firstLine
        line = source.firstLine
        tokenLine = source.firstLine
    }

    /// Lexes a source into tokens and diagnostics.
    public static func tokenize(_ source: SourceFile) -> LexedSource {
        var lexer = Lexer(source)
        return lexer.run()
    }

    /// Lexes the whole source.
    public mutating func run() -> LexedSource {
        while index < characters.count {
            scanToken()
        }
        beginToken()
        add(.endOfFile)
        return LexedSource(tokens: tokens, diagnostics: diagnostics)
    }

    // MARK: - Cursor

    var peek: Character? { index < characters.count ? characters[index] : nil }

    func peek(at offset: Int) -> Character? {
        let position = index + offset
        return position < characters.count ? characters[position] : nil
    }

    var column: Int { index - lineStart + 1 }

    mutating func advance() -> Character {
        let character = characters[index]
        index += 1
        return character
    }

    mutating func beginToken() {
        tokenStart = index
        tokenLine = line
        tokenColumn = column
    }

    mutating func startNewLine() {
        line += 1
        lineStart = index
        sawSpace = true
    }

    var tokenRange: SourceRange {
        SourceRange(
            start: SourceLocation(line: tokenLine, column: tokenColumn),
            end: SourceLocation(line: tokenLine, column: tokenColumn + (index - tokenStart)))
    }

    var lexeme: String { String(characters[tokenStart..<index]) }

    mutating func add(_ kind: TokenKind) {
        tokens.append(Token(kind: kind, lexeme: lexeme, range: tokenRange, hasSpaceBefore: sawSpace))
        sawSpace = false
    }

    mutating func report(
        _ kind: DiagnosticKind, _ message: String, range: SourceRange? = nil,
        expected: String? = nil, fix: String? = nil
    ) {
        diagnostics.append(Diagnostic(kind, message, at: range ?? tokenRange, expected: expected, fix: fix))
    }
}
