/// One argument of a command as typed: a positional value or word, a `key=value` option, or a model description.
public enum Argument: Equatable, Sendable {
    /// A positional value; a bare name is a word (`spiral`) or, if the schema says so, a bare option (`flip`).
    case positional(Expr)
    /// `key=value`; the range covers the key.
    case option(name: String, value: Expr, nameRange: SourceRange)
    /// The layers of `model 2 -> 100 relu -> 3`.
    case model(ModelSpec)

    /// Where the argument is.
    public var range: SourceRange {
        switch self {
        case .positional(let expr): expr.range
        case .option(_, let value, let nameRange): nameRange.union(value.range)
        case .model(let spec): spec.range
        }
    }
}

/// A command line such as `train epochs=5 lr=1e-3`, before checking.
public struct Command: Equatable, Sendable {
    /// The command name as typed.
    public var name: String
    /// Where the name is.
    public var nameRange: SourceRange
    /// The arguments in order.
    public var arguments: [Argument]
    /// The whole command.
    public var range: SourceRange

    /// Creates a command.
    public init(name: String, nameRange: SourceRange, arguments: [Argument], range: SourceRange) {
        self.name = name
        self.nameRange = nameRange
        self.arguments = arguments
        self.range = range
    }
}

/// `expect lhs [~= rhs] tol=… rtol=… points=… "message"`.
public struct Expectation: Equatable, Sendable {
    /// The checked expression (a comparison, or the left side of `~=`).
    public var condition: Expr
    /// The right side of `~=`, when the check is approximate.
    public var approximateTarget: Expr?
    /// `tol=`, `rtol=`, `points=` as typed (a `Command` named `expect`, checkable against the schema).
    public var options: Command
    /// The quoted message, if any.
    public var message: String?
    /// The whole statement.
    public var range: SourceRange
}

/// A statement: what one `;`-separated piece of a line says.
public indirect enum Statement: Equatable, Sendable {
    /// A command from the schema (or an unknown one, which the checker reports).
    case command(Command)
    /// `let NAME = expr`
    case assignment(name: String, nameRange: SourceRange, value: Expr, range: SourceRange)
    /// `print expr, expr`
    case print([Expr], range: SourceRange)
    /// `for NAME in expr: body` where the body is the rest of the line.
    case forLoop(variable: String, variableRange: SourceRange, sequence: Expr, body: [Statement], range: SourceRange)
    /// `expect …`
    case expect(Expectation)

    /// Where the statement is.
    public var range: SourceRange {
        switch self {
        case .command(let command): command.range
        case .assignment(_, _, _, let range), .print(_, let range), .forLoop(_, _, _, _, let range): range
        case .expect(let expectation): expectation.range
        }
    }
}

/// A parsed source: every statement, in order, each with its range. Nothing runs until all of it parses.
public struct Script: Equatable, Sendable {
    /// The statements in source order.
    public var statements: [Statement]
}
