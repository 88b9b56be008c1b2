/// Punctuation and operators of the language.
public enum Symbol: String, Sendable, CaseIterable {
    /// `[`
    case leftBracket = "["
    /// `]`
    case rightBracket = "]"
    /// `(`
    case leftParen = "("
    /// `)`
    case rightParen = ")"
    /// `,`
    case comma = ","
    /// `.` (field access)
    case dot = "."
    /// `..` (ranges of layer indices)
    case dotDot = ".."
    /// `->` (between model stages)
    case arrow = "->"
    /// `=` (options and `let`)
    case equals = "="
    /// `:` (after a `for` header)
    case colon = ":"
    /// `+`
    case plus = "+"
    /// `-`
    case minus = "-"
    /// `*`
    case star = "*"
    /// `/`
    case slash = "/"
    /// `^`
    case caret = "^"
    /// `<`
    case less = "<"
    /// `<=`
    case lessEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterEqual = ">="
    /// `==`
    case equalEqual = "=="
    /// `!=`
    case notEqual = "!="
    /// `~=` (approximately equal, in `expect`)
    case approxEqual = "~="
}

/// Reserved words.
public enum Keyword: String, Sendable, CaseIterable {
    /// Logical and.
    case and
    /// Logical or.
    case or
    /// Logical not.
    case not
    /// The true literal.
    case `true`
    /// The false literal.
    case `false`
}

/// What a token is, with its decoded value.
public enum TokenKind: Equatable, Sendable {
    /// A number literal, already converted (finite unless it overflowed, which is diagnosed).
    case number(Double)
    /// A string literal with escapes resolved.
    case string(String)
    /// A name: a command, option, word or variable.
    case identifier(String)
    /// A reserved word.
    case keyword(Keyword)
    /// Punctuation or an operator.
    case symbol(Symbol)
    /// `???`, a hole a learner fills in a lesson exercise.
    case hole
    /// `;` between statements on one line.
    case semicolon
    /// The end of a line.
    case newline
    /// Characters the lexer rejected (already diagnosed); the parser skips the statement quietly.
    case invalid
    /// The end of the source.
    case endOfFile
}

/// One lexical token with its span and spacing.
public struct Token: Equatable, Sendable {
    /// What the token is.
    public var kind: TokenKind
    /// The source text of the token.
    public var lexeme: String
    /// Where the token is.
    public var range: SourceRange
    /// Whether whitespace (or a line start) comes right before the token; options are `key=value` with no spaces.
    public var hasSpaceBefore: Bool

    /// Creates a token.
    public init(kind: TokenKind, lexeme: String, range: SourceRange, hasSpaceBefore: Bool) {
        self.kind = kind
        self.lexeme = lexeme
        self.range = range
        self.hasSpaceBefore = hasSpaceBefore
    }

    /// Whether this token is the given symbol.
    public func isSymbol(_ symbol: Symbol) -> Bool { kind == .symbol(symbol) }

    /// Whether this token ends a statement (`;`, a line end or the end of the source).
    public var endsStatement: Bool {
        switch kind {
        case .semicolon, .newline, .endOfFile: true
        default: false
        }
    }

    /// The identifier's name, if this is one.
    public var identifier: String? {
        if case .identifier(let name) = kind { return name }
        return nil
    }
}
