import Testing
@testable import NNLang

@Suite struct LexerTests {
    func kinds(_ text: String) -> [TokenKind] {
        Lexer.tokenize(SourceFile(name: "t", text: text)).tokens.map(\.kind)
    }

    @Test func numbersStringsAndNames() {
        #expect(kinds("3 0.5 1e-3 2E+2 \"a\\\"b\\n\" relu val_acc") == [
            .number(3), .number(0.5), .number(1e-3), .number(200), .string("a\"b\n"),
            .identifier("relu"), .identifier("val_acc"), .endOfFile,
        ])
    }

    @Test func operatorsLongestMatchFirst() {
        let symbols: [Symbol] = [.leftBracket, .rightBracket, .leftParen, .rightParen, .comma, .dot, .dotDot,
                                 .arrow, .equals, .colon, .plus, .minus, .star, .slash, .caret, .less, .lessEqual,
                                 .greater, .greaterEqual, .equalEqual, .notEqual, .approxEqual]
        let text = symbols.map(\.rawValue).joined(separator: " ")
        #expect(kinds(text) == symbols.map { .symbol($0) } + [.endOfFile])
    }

    @Test func rangeIsNotADecimalPoint() {
        #expect(kinds("1..2") == [.number(1), .symbol(.dotDot), .number(2), .endOfFile])
    }

    @Test func keywordsHolesAndSeparators() {
        #expect(kinds("and or not true false ??? ;\n") == [
            .keyword(.and), .keyword(.or), .keyword(.not), .keyword(.true), .keyword(.false), .hole,
            .semicolon, .newline, .endOfFile,
        ])
    }

    @Test func commentsAndContinuations() {
        #expect(kinds("a # comment ; b\nc \\ # note\n d") == [
            .identifier("a"), .newline, .identifier("c"), .identifier("d"), .endOfFile,
        ])
    }

    @Test func positionsAreOneBasedInCharacters() {
        let tokens = Lexer.tokenize(SourceFile(name: "t", text: "print \"héllo\" x\n  y")).tokens
        #expect(tokens[2].range == SourceRange(line: 1, column: 15))
        #expect(tokens[4].range == SourceRange(line: 2, column: 3))
        #expect(tokens[1].range == SourceRange(line: 1, column: 7, length: 7))
    }

    @Test func spacingIsRecorded() {
        let tokens = Lexer.tokenize(SourceFile(name: "t", text: "lr=1 x")).tokens
        #expect(tokens.map(\.hasSpaceBefore) == [true, false, false, true, false])
    }

    @Test func crlfLineEndings() {
        let tokens = Lexer.tokenize(SourceFile(name: "t", text: "a\r\nb")).tokens
        #expect(tokens[2].range.start == SourceLocation(line: 2, column: 1))
    }

    @Test func unicodeEscape() {
        #expect(kinds("\"\\u{41}\"") == [.string("A"), .endOfFile])
    }
}

@Suite struct ContinuationTests {
    @Test(arguments: [
        ("train epochs=5 \\", true), ("train epochs=5 \\  ", true), ("train \\ # more options next", true),
        ("train # a comment ending in \\", false), ("print \"a\\\\\"", false), ("train epochs=5", false),
        ("seed 0 \\\nseed 1", false),
    ])
    func promptContinuation(line: String, continues: Bool) {
        #expect(Lexer.continuesOnNextLine(line) == continues)
    }
}
