/// Checks a whole parsed script before anything runs, so `nnlab run` reports every error first.
///
/// Names defined earlier in the script (`let`, `for`) and published results are accepted
/// unchecked; everything else is checked as at run time: commands, options, literal types,
/// read-only names, unknown names.
public enum ScriptChecker {
    /// Every diagnostic in the script, in source order; `declaredNames` are variables
    /// that exist already (a session's earlier entries at the prompt).
    /// that exist already (a session's earlier entries at the prompt), `knownValues` their values.
    public static func validate(_ script: Script, source: SourceFile, declaredNames: Set<String> = [],
                                knownValues: [String: Value] = [:]) -> [Diagnostic] {
        var walker = StaticWalker(source: source, declared: declaredNames.union(knownValues.keys), known: knownValues)
        for statement in script.statements {
            walker.visit(statement)
        }
        return DiagnosticList(walker.uniqueDiagnostics).diagnostics
    }

    /// Parses and validates a source; throws every syntax and schema error found.
    public static func load(_ source: SourceFile, declaredNames: Set<String> = [],
                            knownValues: [String: Value] = [:]) throws(DiagnosticList) -> Script {
        let script = try Parser.parse(source)
        let diagnostics = validate(script, source: source, declaredNames: declaredNames, knownValues: knownValues)
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        return script
    }
}

/// Walks statements in order, tracking which variables exist by then and which values are certain.
struct StaticWalker {
    /// A loop over a constant list of at most this many values is checked once per value.
    static let maximumUnrolledValues = 16

    let source: SourceFile
    var declared: Set<String> = []
    var known: [String: Value] = [:]
    var diagnostics: [Diagnostic] = []

    var checker: CommandChecker { CommandChecker(declaredNames: declared, knownValues: known) }

    /// The diagnostics without repeats (a loop checked once per value finds the same error each time).
    var uniqueDiagnostics: [Diagnostic] {
        var seen: Set<String> = []
        return diagnostics.filter { seen.insert("\($0.range.start) \($0.message)").inserted }
    }

    /// Checks one statement; past `Parser.maximumDiagnostics` errors the rest are skipped.
    mutating func visit(_ statement: Statement) {
        guard diagnostics.count < Parser.maximumDiagnostics else { return }
        switch statement {
        case .command(let command):
            let checker = checker
            collect { () throws(DiagnosticList) in _ = try checker.check(command) }
        case .assignment(let name, let nameRange, let value, _):
            let certain = evaluate(value)
            declare(name, at: nameRange, value: certain)
        case .print(let values, _):
            values.forEach { evaluate($0) }
        case .forLoop(let variable, let variableRange, let sequence, let body, _):
            let items = checkLoopSequence(sequence)
            guard let items, !items.isEmpty, items.count <= StaticWalker.maximumUnrolledValues else {
                declare(variable, at: variableRange, value: nil)
                body.forEach { visit($0) }
                return
            }
            for item in items {
                declare(variable, at: variableRange, value: item)
                body.forEach { visit($0) }
            }
        case .expect(let expectation):
            checkExpectationSides(expectation)
            let (checker, source) = (checker, source)
            collect { () throws(DiagnosticList) in
                _ = try CheckedExpectation(expectation, source: source, checker: checker)
            }
        }
    }

    mutating func collect(_ body: () throws(DiagnosticList) -> Void) {
        do { try body() } catch { diagnostics += error.diagnostics }
    }

    /// The expression's value when it is certain before running.
    @discardableResult
    mutating func evaluate(_ expr: Expr) -> Value? {
        do { return try checker.evaluate(expr) } catch { diagnostics.append(error) }
        return nil
    }

    /// `expect` needs true or false, or two numbers around `~=`; constants that are neither are refused.
    mutating func checkExpectationSides(_ expectation: Expectation) {
        let sides = [expectation.condition] + (expectation.approximateTarget.map { [$0] } ?? [])
        for side in sides {
            do {
                guard let value = try checker.evaluate(side) else { continue }
                let isNumeric = expectation.approximateTarget != nil
                guard isNumeric ? value.number == nil : value.bool == nil else { continue }
                let wanted = isNumeric ? "a number on each side of '~='" : "a condition that is true or false"
                diagnostics.append(Diagnostic(.typeMismatch, "expect needs \(wanted), not \(value.kindDescription)",
                                              at: side.range, expected: wanted,
                                              fix: isNumeric ? nil : "compare it, e.g. expect val_acc > 0.9"))
            } catch {
                diagnostics.append(error)
            }
        }
    }

    /// A loop runs over a list (or a range); a constant that is not one is refused before running.
    /// Returns the list's values when they are certain.
    mutating func checkLoopSequence(_ sequence: Expr) -> [Value]? {
        do {
            guard let value = try checker.evaluate(sequence) else { return nil }
            if let items = value.list { return items }
            diagnostics.append(Diagnostic(.typeMismatch, "a for loop needs a list, not \(value.kindDescription)",
                                          at: sequence.range, expected: "a list such as [1e-1, 1e-2] or a range 1..3"))
        } catch {
            diagnostics.append(error)
        }
        return nil
    }

    mutating func declare(_ name: String, at range: SourceRange, value: Value?) {
        let plain = Evaluator(environment: VariableTable())
        do { try plain.checkAssignable(name, at: range) } catch { diagnostics.append(error) }
        declared.insert(name)
        known[name] = value
    }
}
