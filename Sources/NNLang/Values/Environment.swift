/// What the evaluator reads names from: the session's variables and published results.
public protocol Environment {
    /// The value of a variable or a published result; nil when neither exists (yet).
    func lookup(_ name: String) -> Value?
    /// Whether a name is a read-only result that commands publish (`val_acc`, `best`, …).
    func isResultName(_ name: String) -> Bool
    /// The names currently defined, for did-you-mean suggestions.
    var definedNames: [String] { get }
}

extension Environment {
    /// By default the results are those of `ResultCatalog`.
    public func isResultName(_ name: String) -> Bool { ResultCatalog.isResult(name) }
    /// By default no names are offered as suggestions.
    public var definedNames: [String] { [] }
}

/// A simple environment of variables and published results, for tests, tools and static checking.
public struct VariableTable: Environment, Sendable {
    /// The user's variables.
    public var variables: [String: Value]
    /// Results published so far.
    public var results: [String: Value]

    /// Creates a table.
    public init(variables: [String: Value] = [:], results: [String: Value] = [:]) {
        self.variables = variables
        self.results = results
    }

    /// Results first (they cannot be shadowed), then variables.
    public func lookup(_ name: String) -> Value? {
        results[name] ?? variables[name]
    }

    /// Sorted, so suggestions are deterministic.
    public var definedNames: [String] { (Array(variables.keys) + Array(results.keys)).sorted() }
}
