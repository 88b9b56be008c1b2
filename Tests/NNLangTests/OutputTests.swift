import Testing
@testable import NNLang

@Suite struct NumberFormattingTests {
    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (1.0, "1"), (12345.0, "12345"), (-7.0, "-7"), (0.5, "0.5"),
        (1.0986122886681098, "1.099"), (123.456, "123.5"), (9999.5, "1e4"), (0.001, "0.001"),
        (0.00012345, "1.235e-4"), (1e-4, "1e-4"), (2.5e-7, "2.5e-7"), (12345.6, "1.235e4"),
        (1e15, "1e15"), (1e300, "1e300"), (0.099996, "0.1"), (-0.25, "-0.25"), (0.9999, "0.9999"),
        (0.99996, "1"), (Double.nan, "nan"), (Double.infinity, "inf"), (-Double.infinity, "-inf"),
        (Double.leastNormalMagnitude, "2.225e-308"), (Double.greatestFiniteMagnitude, "1.798e308"),
    ])
    func fourSignificantDigits(value: Double, expected: String) {
        #expect(formatNumber(value) == expected)
    }

    @Test func roundTripsAsALiteral() throws {
        for value in [1e-4, 0.0123, 5e10, 3.25e-9] {
            let text = formatNumber(value)
            #expect(try evaluate(text) == .number(Double(text)!))
        }
    }
}

@Suite struct OutputTests {
    @Test func tablesAlignNumbersRight() {
        let table = Table(columns: ["run", "lr", "val_acc"], rows: [
            ["a", .number(0.1), .number(0.95)],
            ["longer", .number(1e-4), .number(0.5)],
        ])
        #expect(table.renderLines() == [
            "run       lr  val_acc",
            "------  ----  -------",
            "a        0.1     0.95",
            "longer  1e-4      0.5",
        ])
    }

    @Test func transcriptEchoesTheCommandThenItsBlocks() {
        let source = SourceFile(name: "t.nnlab", text: "trian")
        let renderer = TranscriptRenderer(width: 60, height: 10, source: source)
        let diagnostic = Diagnostic(.unknownCommand, "unknown command 'trian'", at: SourceRange(line: 1, column: 1, length: 5),
                                    suggestion: "train")
        let text = renderer.render(command: "train epochs=5 \\\nlr=0.1", blocks: [
            .text("epoch 1  loss 1.099   "), .warning("the best is on the edge"),
            .check(CheckResult(passed: true, condition: "x > 1", actual: .number(2), expected: .number(1))),
            .error(diagnostic),
        ])
        #expect(text == """
        > train epochs=5 \\
        . lr=0.1
        epoch 1  loss 1.099
        warning: the best is on the edge
        PASS x > 1: actual 2, expected 1
        error: unknown command 'trian' (did you mean 'train'?)
         --> t.nnlab:1:1
          |
        1 | trian
          | ^^^^^

        """)
    }

    @Test func checkResultsNameEverything() {
        let failed = CheckResult(passed: false, condition: "initial_loss ~= log(classes)", actual: .number(2.5),
                                 expected: .number(1.0986), tolerance: 0.05, points: 2, message: "init")
        #expect(failed.summary == "FAIL initial_loss ~= log(classes): actual 2.5, expected 1.099 ± 0.05 [2 points] \"init\"")
        let unmeasured = CheckResult(passed: false, condition: "val_acc > 0.9", reason: "'val_acc' is not measured yet")
        #expect(unmeasured.summary == "FAIL val_acc > 0.9: 'val_acc' is not measured yet")
    }

    @Test func diagnosticsRenderExpectedAndHelp() {
        let source = SourceFile(name: "lesson.nnlab", text: "seed 0\n\ttrain epoch=5")
        let found = allDiagnostics(source.text)
        #expect(DiagnosticRenderer(source: source).render(found) == """
        error: unknown option 'epoch' for 'train' (did you mean 'epochs'?)
         --> lesson.nnlab:2:8
          |
        2 |  train epoch=5
          |        ^^^^^
          = expected: one of \(Schema.command(named: "train")!.options.map(\.name).joined(separator: ", "))
        """)
    }

    @Test func sourceFilesGiveLinesAndRanges() {
        let source = SourceFile(name: "s", text: "a\r\nbé\u{301}c\rd", firstLine: 10)
        #expect(source.lineCount == 3 && source.line(11) == "bé\u{301}c" && source.line(13) == nil)
        #expect(source.text(of: SourceRange(line: 11, column: 2, length: 2)) == "é\u{301}c")
        let tokens = Lexer.tokenize(source).tokens
        #expect(tokens.map(\.range.start) == [
            SourceLocation(line: 10, column: 1), SourceLocation(line: 10, column: 2),
            SourceLocation(line: 11, column: 1), SourceLocation(line: 11, column: 4),
            SourceLocation(line: 12, column: 1), SourceLocation(line: 12, column: 2),
        ])
    }
}
