/// Why a parse step stopped: a new diagnostic, or input the lexer already reported.
enum ParseError: Error {
    /// A syntax error to report.
    case diagnosed(Diagnostic)
    /// A token the lexer rejected; its diagnostic exists, so the statement is skipped quietly.
    case alreadyReported
}

/// A recursive-descent parser, one method per grammar rule, from tokens to a `Script`.
///
/// Grammar (informally): a source is lines; a line is statements separated by `;`;
/// a statement is `let`, `print`, `for`, `expect`, `model` or a command with arguments.
/// See the `Parser+…` files for each rule.
public struct Parser {
    /// The deepest nesting of brackets, calls and operators accepted; deeper input is diagnosed.
    public static let maximumNesting = 64
    /// At most this many diagnostics are kept per source (a binary file would give thousands).
    public static let maximumDiagnostics = 50

    let tokens: [Token]
    var position = 0
    var depth = 0
    /// In command arguments, whitespace at bracket depth 0 ends a value (`train lr=1e-3 epochs=5`).
    var isSpaceSensitive = false
    var diagnostics: [Diagnostic] = []

    /// Prepares to parse a token stream that ends with `.endOfFile`.
    init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses a whole source; throws every lexical and syntax error found, in source order.
    public static func parse(_ source: SourceFile) throws(DiagnosticList) -> Script {
        let (script, diagnostics) = parseCollecting(source)
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticList(diagnostics) }
        return script
    }

    /// Parses a whole source, returning the statements that parsed and every diagnostic.
    public static func parseCollecting(_ source: SourceFile) -> (Script, [Diagnostic]) {
        let lexed = Lexer.tokenize(source)
        var parser = Parser(tokens: lexed.tokens)
        let statements = parser.parseScript()
        let all = DiagnosticList(lexed.diagnostics + parser.diagnostics).diagnostics
        return (Script(statements: statements), Array(all.prefix(maximumDiagnostics)))
    }

    /// Parses one expression on its own (for tools and tests); the whole source must be the expression.
    public static func parseExpression(_ source: SourceFile) throws(DiagnosticList) -> Expr {
        let lexed = Lexer.tokenize(source)
        guard lexed.diagnostics.isEmpty else { throw DiagnosticList(lexed.diagnostics) }
        var parser = Parser(tokens: lexed.tokens)
        do throws(ParseError) {
            let expr = try parser.parseExpression()
            try parser.expectEnd(after: "an expression")
            return expr
        } catch {
            if case .diagnosed(let diagnostic) = error { throw DiagnosticList([diagnostic]) }
            throw DiagnosticList(lexed.diagnostics)
        }
    }

    // MARK: - Token access

    var current: Token { tokens[position] }

    var previous: Token { tokens[max(position - 1, 0)] }

    func peek(_ offset: Int = 1) -> Token {
        tokens[min(position + offset, tokens.count - 1)]
    }

    @discardableResult
    mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    /// Consumes the symbol if it is next.
    mutating func match(_ symbol: Symbol) -> Bool {
        guard current.isSymbol(symbol) else { return false }
        advance()
        return true
    }

    /// Consumes the symbol or fails, saying what was expected.
    mutating func consume(_ symbol: Symbol, _ context: String) throws(ParseError) {
        guard match(symbol) else { throw unexpected(expected: "'\(symbol.rawValue)' \(context)") }
    }

    /// The range from a start to the end of the last consumed token.
    func rangeFrom(_ start: SourceRange) -> SourceRange {
        start.union(previous.range)
    }

    /// A diagnostic for the current token, or a quiet stop when the lexer already reported it.
    /// At a line's end the position is just after the last token, not after a trailing comment.
    func unexpected(expected: String, fix: String? = nil) -> ParseError {
        if current.kind == .invalid { return .alreadyReported }
        var range = current.range
        if current.kind == .newline || current.kind == .endOfFile, position > 0, !previous.endsStatement {
            range = SourceRange(start: previous.range.end, end: previous.range.end)
        }
        return .diagnosed(Diagnostic(
            .unexpectedToken, "unexpected \(describe(current))", at: range, expected: expected, fix: fix))
    }

    /// Enters one level of nesting, refusing to go deeper than `maximumNesting`.
    mutating func enterNesting() throws(ParseError) {
        guard depth < Parser.maximumNesting else {
            throw .diagnosed(Diagnostic(
                .nestingTooDeep, "expression nested deeper than \(Parser.maximumNesting) levels", at: current.range,
                expected: "at most \(Parser.maximumNesting) nested brackets, calls or chained operators",
                fix: "split the expression with 'let'"))
        }
        depth += 1
    }

    func describe(_ token: Token) -> String {
        switch token.kind {
        case .newline: "end of line"
        case .endOfFile: "end of input"
        case .semicolon: "';'"
        case .string: "string \(Lexer.shortened(token.lexeme))"
        case .number: "number '\(Lexer.shortened(token.lexeme))'"
        case .identifier(let name): "word '\(Lexer.shortened(name))'"
        case .keyword(let keyword): "keyword '\(keyword.rawValue)'"
        default: "'\(Lexer.shortened(token.lexeme))'"
        }
    }
}
