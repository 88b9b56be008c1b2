import Testing
@testable import NNLang

@Suite struct EvaluatorTests {
    let table = VariableTable(
        variables: ["x": .number(2), "name": .string("run")],
        results: ["classes": .number(3), "diagnosis": .word("overfitting"),
                  "best": .record(Record([.init(name: "lr", value: .number(0.01)),
                                          .init(name: "val_acc", value: .number(0.9))]))])

    @Test(arguments: [
        ("1 + 2 * 3", Value.number(7)), ("2 ^ 3 ^ 2", .number(512)), ("-2 ^ 2", .number(-4)),
        ("(1 + 2) * x", .number(6)), ("7 / 2", .number(3.5)), ("log(classes)", .number(1.0986122886681096)),  // Elementary's ln 3: 1 ulp below the nearest double
        ("exp(0)", .number(1)), ("sqrt(16)", .number(4)), ("abs(-3)", .number(3)), ("round(2.5)", .number(3)),
        ("min(3, 1, 2)", .number(1)), ("max([3, 1, 2])", .number(3)), ("best.lr * 10", .number(0.1)),
        ("1 < 2 and not (2 < 1)", .bool(true)), ("false or x == 2", .bool(true)), ("x != 2", .bool(false)),
        ("diagnosis == \"overfitting\"", .bool(true)), ("name + \"-1\"", .string("run-1")),
        ("[1, x]", .list([.number(1), .number(2)])), ("1..3", .list([.number(1), .number(2), .number(3)])),
        ("logu(1e-4, 1e-1)", .distribution(.logUniform(lower: 1e-4, upper: 1e-1))),
        ("uniform(0, 1)", .distribution(.uniform(lower: 0, upper: 1))),
        ("choice(32, 64)", .distribution(.choice([.number(32), .number(64)]))),
        ("\"a\" < \"b\"", .bool(true)), ("true", .bool(true)),
    ])
    func evaluates(source: String, expected: Value) throws {
        #expect(try evaluate(source, in: table) == expected)
    }

    @Test func shortCircuitSkipsTheRightSide() throws {
        #expect(try evaluate("false and val_acc > 1", in: table) == .bool(false))
        #expect(try evaluate("true or nope", in: table) == .bool(true))
    }

    @Test(arguments: [
        ("1 / 0", DiagnosticKind.domainError), ("log(0)", .domainError), ("sqrt(-1)", .domainError),
        ("(-8) ^ 0.5", .domainError), ("10 ^ 400", .domainError), ("exp(1000)", .domainError),
        ("3..1", .domainError), ("1..1e9", .domainError), ("1.5..3", .typeMismatch),
        ("logu(0, 1)", .domainError), ("uniform(2, 1)", .domainError), ("choice()", .wrongArgumentCount),
        ("min()", .wrongArgumentCount), ("not 1", .typeMismatch), ("-\"a\"", .typeMismatch),
        ("1 and true", .typeMismatch), ("1 < \"a\"", .typeMismatch), ("x.lr", .typeMismatch),
        ("val_acc", .notMeasuredYet), ("nope", .undefinedName), ("foo(1)", .unknownFunction),
        ("best.lrr", .unknownField), ("???", .unfilledHole),
    ])
    func refuses(source: String, kind: DiagnosticKind) {
        #expect {
            _ = try evaluate(source, in: table)
        } throws: { error in
            (error as? Diagnostic)?.kind == kind
        }
    }

    @Test func suggestionsForNamesAndFields() {
        do {
            _ = try evaluate("bset.lr", in: table)
        } catch let error as Diagnostic {
            #expect(error.suggestion == "best")
        } catch {
            Issue.record("unexpected \(error)")
        }
        do {
            _ = try evaluate("best.val_ac", in: table)
        } catch let error as Diagnostic {
            #expect(error.suggestion == "val_acc" && error.kind == .unknownField)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func resultsAreReadOnly() {
        let evaluator = Evaluator(environment: table)
        #expect(throws: Diagnostic.self) {
            try evaluator.checkAssignable("val_acc", at: SourceRange(line: 1, column: 5))
        }
        #expect(throws: Never.self) { try evaluator.checkAssignable("target", at: SourceRange(line: 1, column: 5)) }
    }

    @Test func valuesPrintAsTyped() {
        let record = Value.record(Record([.init(name: "lr", value: .number(0.01)), .init(name: "name", value: .string("a"))]))
        #expect(record.description == "{lr: 0.01, name: \"a\"}")
        #expect(Value.list([.number(1e-4), .word("all"), .bool(true)]).description == "[1e-4, all, true]")
        #expect(Value.string("plain").description == "plain")
        #expect(Value.distribution(.logUniform(lower: 1e-4, upper: 0.1)).description == "logu(1e-4, 0.1)")
        #expect(Value.number(3).exactInteger == 3 && Value.number(1e30).exactInteger == nil)
        #expect(Value.number(.nan).exactInteger == nil && Value.number(2.5).exactInteger == nil)
    }
}
