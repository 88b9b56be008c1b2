import Testing
@testable import NNLang

/// Long inputs cost time in proportion to their length. Fuzzing found `print 1; print 1; …`
/// and `print 1, 1, …` quadratic: each statement's and each value's text was cut from its
/// line by splitting the whole line into characters again; and a chain of `let`s copied
/// every variable at each one. These must finish (the benchmark prints n against 2n; no
/// test here measures time).
@Suite struct LinearInputTests {
    static let count = 50_000

    static func run(_ text: String) -> (statements: [StatementOutput], outcome: RunOutcome, interpreter: Interpreter) {
        let interpreter = Interpreter()
        var statements: [StatementOutput] = []
        let outcome = interpreter.run(SourceFile(name: "long.nnlab", text: text)) { statements.append($0) }
        return (statements, outcome, interpreter)
    }

    @Test func fiftyThousandStatementsOnOneLine() {
        let (statements, outcome, _) = Self.run(Array(repeating: "print 1", count: Self.count).joined(separator: "; "))
        #expect(outcome.error == nil)
        #expect(statements.count == Self.count)
        #expect(statements.allSatisfy { $0.source == "print 1" })
        guard case .text(let last)? = statements.last?.blocks.first else { Issue.record("no output"); return }
        #expect(last == "1 = 1")
    }

    @Test func aPrintOfFiftyThousandValues() {
        let (statements, outcome, _) = Self.run("print " + Array(repeating: "1", count: Self.count).joined(separator: ", "))
        #expect(outcome.error == nil && statements.count == 1)
        guard case .text(let text)? = statements.first?.blocks.first else { Issue.record("no output"); return }
        #expect(text.components(separatedBy: ", ").count == Self.count)
        #expect(text.hasPrefix("1 = 1, 1 = 1"))
    }

    @Test func fiftyThousandAssignments() {
        let lets = (0..<Self.count).map { "let x\($0) = \($0)" }.joined(separator: "; ")
        let (statements, outcome, interpreter) = Self.run(lets + "; print x49999 + x0")
        #expect(outcome.error == nil && statements.count == Self.count + 1)
        #expect(interpreter.state.variables.count == Self.count)
        #expect(interpreter.state.variables["x49999"]?.number == 49_999)
        guard case .text(let text)? = statements.last?.blocks.first else { Issue.record("no output"); return }
        #expect(text.hasPrefix("x49999 + x0 = "))
    }

    @Test func anErrorAfterFiftyThousandStatementsPointsAtItsColumn() {
        let text = Array(repeating: "print 1", count: Self.count).joined(separator: "; ") + "; print nosuch"
        let (_, outcome, _) = Self.run(text)
        let column = Self.count * "print 1; ".count + "print ".count + 1
        #expect(outcome.error?.range.start == SourceLocation(line: 1, column: column))
    }
}

/// `SourceFile.text(of:)` cuts by characters through an index built once; it must give what
/// splitting the line into characters gives, on text with marks, emoji, CRLF and tabs.
@Suite struct SourceExcerptTests {
    /// The definition: the line's characters, as columns count them, from one column to another.
    static func reference(_ source: SourceFile, _ range: SourceRange) -> String {
        (range.start.line...max(range.start.line, range.end.line)).map { number in
            let characters = source.columns(ofLine: number)
            let from = number == range.start.line ? range.start.column - 1 : 0
            let to = number == range.end.line ? range.end.column - 1 : characters.count
            let lower = min(max(from, 0), characters.count)
            return characters[lower..<min(max(to, lower), characters.count)].joined()
        }.joined(separator: "\n")
    }

    @Test(arguments: ["print 1; print 2", "let é = 1; print \"a\u{301}b🙂\"\r\nprint 3\n\nprint\t4", "👩\u{200D}💻 x\r\r\ny", ""])
    func everyRangeMatchesTheCharacterDefinition(text: String) {
        let source = SourceFile(name: "t", text: text, firstLine: 3)
        let lines = 3..<(3 + source.lineCount + 1)
        for startLine in lines {
            for endLine in startLine..<(lines.upperBound) {
                for startColumn in 0...12 {
                    for endColumn in 0...12 {
                        let range = SourceRange(start: SourceLocation(line: startLine, column: startColumn),
                                                end: SourceLocation(line: endLine, column: endColumn))
                        #expect(source.text(of: range) == Self.reference(source, range), "\(range.start)-\(range.end)")
                    }
                }
            }
        }
    }
}
