import Foundation
import Testing
@testable import NNLang

/// Hostile and broken input: each gets a diagnostic, never a crash or a hang.
@Suite struct BadInputCorpusTests {
    static let corpus: [String] = [
        "trian epochs=5", "blah blah", "train epochs=five", "train lr=\"0.1\"", "data spiral classes=2.5",
        "data csv \"unterminated", "print \"bad \\escape\"", String(repeating: "[", count: 200) + "1",
        "print " + String(repeating: "-", count: 500) + "1", "print " + String(repeating: "not ", count: 500) + "true",
        "print " + String(repeating: "2^", count: 500) + "2", "print " + String(repeating: "a.", count: 500) + "b",
        "model 2 -> 1e12 -> 3", "model 2 -> 1e400 -> 3", "seed 1e400", "seed 1e30", "seed -1", "train lr=1e400",
        "train lr=nan", "train lr=inf", "train lr=0/0", "train lr=-inf", "split train=0.8 val=0.3",
        "train epochs=-1", "train epochs=0", "train epochs=1e30", "model", "model ->", "model 2 ->",
        "model (2 relu", "model 2 -> (3)*", "let = 3", "let 3 = 4", "for in [1]: seed 1", "for x [1]: seed 1",
        "for x in [1]:", "expect", "expect 1 ~=", "print", "print 1,", "seed 0 0", "help nosuch",
        "freeze 3..1", "freeze 1..1e12", "unfreeze -1", "optimizer", "optimizer sgd lr=0",
        "train batch=0", "train batch=most", "set width=5", "set color=maybe", "evaluate tset",
        "save model", "load model 3", "data idx \"a\"", "augment flip=2", "print 1 < 2 < 3",
        "print [1, 2", "print (1, 2)", "print log(", "train lr=", "train =5", "#only a comment\n\u{0}",
        "\u{7F}\u{1B}[31m", "seed 0 \\ x", "print 1 +* 2", "print 2 ** 3", "print 'single'", "x = 3",
        "print a && b", "print !a", "print [1]..2", "data spiral only=[0.5]", "plot", "show nothing",
        "train steps=1 epochs=1 steps=2", "descend sgd nesterov", "init constant", "init constant x",
        "expect val_acc > 0.9 tol=0.1", "expect 1 ~= 1", "let best = 2", "for val_acc in [1]: seed 0",
    ]

    @Test(arguments: corpus)
    func everyBadInputGetsADiagnostic(source: String) {
        let found = allDiagnostics(source)
        #expect(!found.isEmpty, "no diagnostic for \(source.prefix(60))")
        let rendered = DiagnosticRenderer(source: SourceFile(name: "bad.nnlab", text: source)).render(found)
        #expect(rendered.contains("bad.nnlab:"))
        #expect(!rendered.contains("\u{0}") && !rendered.contains("\u{1B}"))
    }

    @Test func binaryBytesNeverCrash() {
        var state: UInt64 = 42
        var bytes: [UInt8] = []
        for _ in 0..<65_536 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes.append(UInt8(truncatingIfNeeded: state >> 56))
        }
        let source = SourceFile(name: "binary", bytes: bytes)
        let (_, found) = Parser.parseCollecting(source)
        #expect(!found.isEmpty && found.count <= Parser.maximumDiagnostics)
        let rendered = DiagnosticRenderer(source: source).render(found)
        #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test(arguments: [
        String(repeating: "x", count: 1 << 20),
        "print " + String(repeating: "1+", count: 1 << 19) + "1",
        "print [" + String(repeating: "1,", count: 1 << 19) + "1]",
        "train " + String(repeating: "lr=1 ", count: 1 << 18),
        "print \"" + String(repeating: "é", count: 1 << 20),
        String(repeating: "9", count: 1 << 20),
    ])
    func megabyteLinesAreFast(source: String) {
        let start = ContinuousClock.now
        let found = allDiagnostics(source)
        let elapsed = ContinuousClock.now - start
        _ = DiagnosticRenderer(source: SourceFile(name: "big", text: source)).render(found)
        #expect(elapsed < .seconds(5), "took \(elapsed)")
        #expect(source.hasPrefix("print [") || !found.isEmpty)
    }

    @Test func longLinesAreCutAroundTheCaret() {
        let line = String(repeating: "a", count: 5000) + " trian"
        let source = SourceFile(name: "long", text: "seed 0 ; " + line)
        let diagnostic = Diagnostic(.unknownCommand, "x", at: SourceRange(line: 1, column: 5011, length: 5))
        let lines = DiagnosticRenderer(source: source).render(diagnostic).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count < 140 })
        let caretLine = lines.first { $0.contains("^") }
        let textLine = lines.first { $0.contains("trian") }
        #expect(caretLine != nil && textLine != nil)
        if let caretLine, let textLine {
            let caretColumn = caretLine.firstIndex(of: "^").map { caretLine.distance(from: caretLine.startIndex, to: $0) }
            let wordColumn = textLine.range(of: "trian").map { textLine.distance(from: textLine.startIndex, to: $0.lowerBound) }
            #expect(caretColumn == wordColumn)
        }
    }

    @Test func controlCharactersAreEscapedInExcerpts() {
        let source = SourceFile(name: "c", text: "seed \u{1}\u{2} 0")
        let rendered = DiagnosticRenderer(source: source).render(allDiagnostics("seed \u{1}\u{2} 0"))
        #expect(rendered.contains("seed \\u{1}\\u{2} 0"))
        #expect(rendered.contains("  |      " + String(repeating: "^", count: 10)))
    }
}
