@testable import NNLang

/// Parses text as a source named `test.nnlab`, collecting diagnostics.
func parse(_ text: String) -> (Script, [Diagnostic]) {
    Parser.parseCollecting(SourceFile(name: "test.nnlab", text: text))
}

/// Parses text that must be valid and returns its statements.
func statements(_ text: String) -> [Statement] {
    let (script, diagnostics) = parse(text)
    precondition(diagnostics.isEmpty, "unexpected diagnostics: \(diagnostics)")
    return script.statements
}

/// Parses one expression and gives its prefix form.
func sExpression(_ text: String) throws -> String {
    try Parser.parseExpression(SourceFile(name: "expr", text: text)).sExpression
}

/// Evaluates one expression in an environment.
func evaluate(_ text: String, in environment: VariableTable = VariableTable()) throws -> Value {
    let expr = try Parser.parseExpression(SourceFile(name: "expr", text: text))
    return try Evaluator(environment: environment).evaluate(expr)
}

/// The command of a one-command source.
func command(_ text: String) -> Command {
    guard case .command(let command) = statements(text).first else {
        preconditionFailure("not a command: \(text)")
    }
    return command
}

/// Every diagnostic a source gets from parsing and static checking.
func allDiagnostics(_ text: String) -> [Diagnostic] {
    let source = SourceFile(name: "test.nnlab", text: text)
    let (script, parseDiagnostics) = Parser.parseCollecting(source)
    if !parseDiagnostics.isEmpty { return parseDiagnostics }
    return ScriptChecker.validate(script, source: source)
}

/// Checks a one-command source at run time in an environment.
func check(_ text: String, in environment: VariableTable = VariableTable()) throws -> CheckedCommand {
    try CommandChecker(environment: environment).check(command(text))
}

/// Runs a script in a fresh interpreter; the interpreter and the transcript (80x12 plots).
func session(_ text: String) -> (Interpreter, String) {
    let source = SourceFile(name: "test.nnlab", text: text)
    let renderer = TranscriptRenderer(width: 80, height: 12, source: source)
    let interpreter = Interpreter()
    var output = ""
    _ = interpreter.run(source) { output += renderer.render(command: $0.source, blocks: $0.blocks) }
    return (interpreter, output)
}
