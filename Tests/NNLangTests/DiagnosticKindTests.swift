import Testing
@testable import NNLang

/// Every diagnostic kind, produced by the stage that finds it, at the asserted line and column.
@Suite struct DiagnosticKindTests {
    static let staticCases: [(String, DiagnosticKind, Int, Int)] = [
        ("seed $", .unexpectedCharacter, 1, 6),
        ("seed 0\u{1}", .controlCharacter, 1, 7),
        ("data csv \"file.csv", .unterminatedString, 1, 10),
        ("data csv \"a\\qb\"", .invalidEscape, 1, 12),
        ("seed 1e", .malformedNumber, 1, 6),
        ("seed 1e400", .numberOverflow, 1, 6),
        ("seed \\ 0", .strayBackslash, 1, 6),
        ("seed 0\ntrain epochs=5 )", .unexpectedToken, 2, 16),
        ("train lr= 3", .spacedOption, 1, 7),
        ("seed 0\n\ntrian epochs=5", .unknownCommand, 3, 1),
        ("train epoch=5", .unknownOption, 1, 7),
        ("data spirals", .unknownWord, 1, 6),
        ("data csv", .missingArgument, 1, 9),
        ("reset now", .unexpectedArgument, 1, 7),
        ("train epochs=1 epochs=2", .duplicateOption, 1, 16),
        ("train lr=\"a\"", .wrongType, 1, 10),
        ("train epochs=-1", .outOfRange, 1, 14),
        ("split train=0.8 val=0.3", .conflictingOptions, 1, 7),
        ("model 2 -> 100 softmax -> 3", .invalidModel, 1, 16),
        ("print foo", .undefinedName, 1, 7),
        ("let val_acc = 1", .readOnlyName, 1, 5),
        ("print 1 + \"a\"", .typeMismatch, 1, 7),
        ("print lg(3)", .unknownFunction, 1, 7),
        ("print log(1, 2)", .wrongArgumentCount, 1, 7),
        ("print log(-1)", .domainError, 1, 7),
    ]

    @Test(arguments: staticCases)
    func staticDiagnostic(source: String, kind: DiagnosticKind, line: Int, column: Int) {
        let found = allDiagnostics(source)
        #expect(found.first?.kind == kind, "\(source): \(found)")
        #expect(found.first?.range.start == SourceLocation(line: line, column: column), "\(source): \(found)")
    }

    @Test func invalidEncoding() {
        let bytes: [UInt8] = Array("seed ".utf8) + [0xFF, 0xFE]
        let (_, found) = Parser.parseCollecting(SourceFile(name: "t", bytes: bytes))
        #expect(found.map(\.kind) == [.invalidEncoding])
        #expect(found.first?.range.start == SourceLocation(line: 1, column: 6))
    }

    @Test func nestingTooDeep() {
        let source = "print " + String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200)
        let found = allDiagnostics(source)
        #expect(found.map(\.kind) == [.nestingTooDeep])
        // The outer expression is one level; each parenthesis one more: the 65th "(" (column 71) is refused.
        #expect(found.first?.range.start == SourceLocation(line: 1, column: 7 + Parser.maximumNesting))
    }

    @Test func notFiniteAtRunTime() throws {
        let table = VariableTable(variables: ["x": .number(.nan)])
        #expect(throws: DiagnosticList.self) { try check("train lr=x", in: table) }
        do {
            _ = try check("train lr=x", in: table)
        } catch let error as DiagnosticList {
            #expect(error.diagnostics.first?.kind == .notFinite)
            #expect(error.diagnostics.first?.range.start == SourceLocation(line: 1, column: 10))
        }
    }

    @Test(arguments: [
        ("val_acc", DiagnosticKind.notMeasuredYet),
        ("best.lrr", .unknownField),
        ("???", .unfilledHole),
    ])
    func evaluationDiagnostic(source: String, kind: DiagnosticKind) {
        let table = VariableTable(results: ["best": .record(Record([.init(name: "lr", value: .number(0.1))]))])
        #expect {
            _ = try evaluate(source, in: table)
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.kind == kind && diagnostic.range.start == SourceLocation(line: 1, column: 1)
        }
    }

    @Test func commandFailureKeepsTheSessionAndNamesTheCommand() {
        let interpreter = Interpreter()
        var blocks: [OutputBlock] = []
        let outcome = interpreter.run(SourceFile(name: "t.nnlab", text: "seed 3\ntrain epochs=1")) { blocks += $0.blocks }
        #expect(outcome.error?.kind == .commandFailed)
        #expect(outcome.error?.range.start == SourceLocation(line: 2, column: 1))
        #expect(outcome.error?.fix?.contains("data spiral") == true)
        #expect(interpreter.state.seed == 3)
    }

    @Test func everyKindIsCovered() {
        let covered = Set(DiagnosticKindTests.staticCases.map(\.1)).union([
            .invalidEncoding, .nestingTooDeep, .notFinite, .notMeasuredYet, .unknownField, .unfilledHole, .commandFailed,
        ])
        #expect(covered == Set(DiagnosticKind.allCases))
    }
}
