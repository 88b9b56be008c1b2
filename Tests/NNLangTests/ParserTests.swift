import Testing
@testable import NNLang

@Suite struct ParserTests {
    @Test(arguments: [
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
        ("2 ^ 3 ^ 2", "(^ 2 (^ 3 2))"),
        ("-2 ^ 2", "(- (^ 2 2))"),
        ("2 ^ -1", "(^ 2 (- 1))"),
        ("1 - 2 - 3", "(- (- 1 2) 3)"),
        ("8 / 4 / 2", "(/ (/ 8 4) 2)"),
        ("a < b and c or not d", "(or (and (< a b) c) (not d))"),
        ("not a == b", "(not (== a b))"),
        ("a or b and c", "(or a (and b c))"),
        ("1 + 2 < 3 * 4", "(< (+ 1 2) (* 3 4))"),
        ("best.lr * 10", "(* (. best lr) 10)"),
        ("log(3) + logu(1e-4, 1e-1)", "(+ (log 3) (logu 1e-4 0.1))"),
        ("[1, 2, [3]]", "[1 2 [3]]"),
        ("1..2", "(.. 1 2)"),
        ("-x.y", "(- (. x y))"),
        ("???", "???"),
        ("true != false", "(!= true false)"),
        ("\"a\" + \"b\"", "(+ \"a\" \"b\")"),
    ])
    func precedence(source: String, expected: String) throws {
        #expect(try sExpression(source) == expected)
    }

    @Test func commandWithOptionsAndPositionals() {
        let parsed = command("data spiral classes=3 points=100 noise=0.2")
        #expect(parsed.name == "data")
        #expect(parsed.arguments.count == 4)
        guard case .positional(.name("spiral", _)) = parsed.arguments[0] else {
            Issue.record("expected a word")
            return
        }
        guard case .option(let name, .number(let value, _), let range) = parsed.arguments[3] else {
            Issue.record("expected an option")
            return
        }
        #expect(name == "noise" && value == 0.2)
        #expect(range.start == SourceLocation(line: 1, column: 34))
    }

    @Test func optionValuesEndAtWhitespace() {
        let parsed = command("train lr=1e-3*2 epochs=5 -2")
        #expect(parsed.arguments.count == 3)
        if case .option(_, let value, _) = parsed.arguments[0] {
            #expect(value.sExpression == "(* 0.001 2)")
        }
        if case .positional(let value) = parsed.arguments[2] {
            #expect(value.sExpression == "(- 2)")
        }
    }

    @Test func listsMaySpanSpaces() {
        let parsed = command("train lr=[1e-1, 1e-2] epochs=5")
        #expect(parsed.arguments.count == 2)
    }

    @Test func statementsAndSeparators() {
        let parsed = statements("seed 0; data xor # comment\nlet x = 2 * 3\nprint x, best.lr")
        #expect(parsed.count == 4)
        guard case .assignment(let name, _, let value, let range) = parsed[2] else {
            Issue.record("expected let")
            return
        }
        #expect(name == "x" && value.sExpression == "(* 2 3)")
        #expect(range.start == SourceLocation(line: 2, column: 1))
    }

    @Test func lineContinuationJoinsLines() {
        let parsed = statements("train epochs=5 \\\n  lr=0.1\nseed 1")
        #expect(parsed.count == 2)
        guard case .command(let train) = parsed[0] else { return }
        #expect(train.arguments.count == 2)
        #expect(parsed[1].range.start.line == 3)
    }

    @Test func forLoopTakesTheRestOfTheLine() {
        let parsed = statements("for lr in [1e-1, 1e-2]: init he; train steps=100 lr=lr\nseed 2")
        #expect(parsed.count == 2)
        guard case .forLoop(let variable, _, _, let body, _) = parsed[0] else {
            Issue.record("expected for")
            return
        }
        #expect(variable == "lr" && body.count == 2)
    }

    @Test func expectation() {
        let parsed = statements("expect initial_loss ~= log(classes) tol=0.05 points=2 \"loss at init\"")
        guard case .expect(let expectation) = parsed[0] else {
            Issue.record("expected expect")
            return
        }
        #expect(expectation.condition.sExpression == "initial_loss")
        #expect(expectation.approximateTarget?.sExpression == "(log classes)")
        #expect(expectation.message == "loss at init")
        #expect(expectation.options.arguments.count == 2)
    }

    @Test func modelSpec() {
        let parsed = command("model 2 -> (500 tanh dropout(0.5))*10 -> 100 relu batchnorm -> 3")
        guard case .model(let spec) = parsed.arguments[0] else {
            Issue.record("expected a model")
            return
        }
        #expect(spec.stages.count == 4)
        guard case .repeated(let inner, let count, _) = spec.stages[1],
              case .layer(let size, let words, _) = inner[0] else {
            Issue.record("expected a group")
            return
        }
        #expect(count.sExpression == "10" && size.sExpression == "500")
        #expect(words.map(\.name) == ["tanh", "dropout"])
        #expect(words[1].argument?.sExpression == "0.5")
    }

    @Test func scriptRangesCoverStatements() {
        let parsed = statements("seed 0 ; train epochs=5")
        #expect(parsed[1].range == SourceRange(line: 1, column: 10, length: 14))
    }
}
