/// Validates commands against the schema: names, words, option types, ranges and cross-option rules.
///
/// At run time it evaluates option expressions in the session's environment. Before a
/// script runs, `ScriptChecker` uses it in static mode, where names that later statements
/// or commands will define are accepted unchecked.
public struct CommandChecker {
    let evaluator: Evaluator
    /// Static mode: names that will exist at run time (variables declared earlier, results).
    let isStatic: Bool

    /// A checker for run time, evaluating expressions in an environment.
    public init(environment: any Environment) {
        evaluator = Evaluator(environment: environment)
        isStatic = false
    }

    /// A checker for a whole script before it runs: `declaredNames` are variables defined earlier
    /// in it, `knownValues` those of them whose value is already certain (a loop over a constant list).
    init(declaredNames: Set<String>, knownValues: [String: Value] = [:]) {
        evaluator = Evaluator(environment: StaticEnvironment(declaredNames: declaredNames, knownValues: knownValues))
        isStatic = true
    }

    /// Checks one command, reporting every error in it.
    public func check(_ command: Command) throws(DiagnosticList) -> CheckedCommand {
        guard let spec = Schema.command(named: command.name) else {
            throw DiagnosticList([unknownCommand(command)])
        }
        var builder = CommandBuilder(spec: spec, command: command, checker: self)
        builder.build()
        if !builder.diagnostics.isEmpty { throw DiagnosticList(builder.diagnostics) }
        return builder.result
    }

    func unknownCommand(_ command: Command) -> Diagnostic {
        let names = Schema.commandNames
        let environment = evaluator.environment
        if environment.lookup(command.name) != nil || environment.isResultName(command.name) {
            return Diagnostic(.unknownCommand, "'\(command.name)' is a value, not a command", at: command.nameRange,
                              expected: "a command name", fix: "print \(command.name) shows it")
        }
        let suggestion = NameSuggester.suggestion(for: command.name, among: names)
        return Diagnostic(.unknownCommand, "unknown command '\(Lexer.shortened(command.name))'", at: command.nameRange,
                          expected: "a command name", suggestion: suggestion,
                          fix: suggestion == nil ? "type 'help' for the list of commands" : nil)
    }

    /// Evaluates an expression; nil in static mode when it depends on a name only known at run time.
    func evaluate(_ expr: Expr) throws(Diagnostic) -> Value? {
        do {
            return try evaluator.evaluate(expr)
        } catch {
            if isStatic, [.notMeasuredYet, .unfilledHole].contains(error.kind) { return nil }
            throw error
        }
    }
}

/// The environment of static checking: only certain values are known; other declared names are "not measured yet".
struct StaticEnvironment: Environment {
    let declaredNames: Set<String>
    let knownValues: [String: Value]

    func lookup(_ name: String) -> Value? { knownValues[name] }

    func isResultName(_ name: String) -> Bool {
        declaredNames.contains(name) || ResultCatalog.isResult(name)
    }

    var definedNames: [String] { declaredNames.sorted() }
}
