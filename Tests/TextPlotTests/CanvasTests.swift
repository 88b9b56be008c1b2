import Testing
@testable import TextPlot

@Suite("BrailleCanvas")
struct BrailleCanvasTests {
    /// Each sub-pixel (x, y from the top) and its braille dot bit.
    @Test(arguments: [
        (0, 0, 0x01), (0, 1, 0x02), (0, 2, 0x04), (0, 3, 0x40),
        (1, 0, 0x08), (1, 1, 0x10), (1, 2, 0x20), (1, 3, 0x80),
    ])
    func eachDotHasItsBit(x: Int, yFromTop: Int, bit: UInt32) {
        var canvas = BrailleCanvas(columns: 1, rows: 1, inkCount: 1)
        canvas.setPixel(x: x, y: 3 - yFromTop, ink: 0)
        #expect(canvas.cell(column: 0, row: 0)?.glyph == Character(Unicode.Scalar(0x2800 + bit)!))
    }

    @Test func fullCellIsAllDotsAndEmptyCellIsNil() {
        var canvas = BrailleCanvas(columns: 2, rows: 1, inkCount: 1)
        for x in 0..<2 { for y in 0..<4 { canvas.setPixel(x: x, y: y, ink: 0) } }
        #expect(canvas.cell(column: 0, row: 0)?.glyph == "⣿")
        #expect(canvas.cell(column: 1, row: 0) == nil)
    }

    @Test func theInkWithMostDotsColoursTheCellAndEveryDotIsKept() {
        var canvas = BrailleCanvas(columns: 1, rows: 1, inkCount: 3)
        canvas.setPixel(x: 0, y: 0, ink: 0)
        canvas.setPixel(x: 0, y: 1, ink: 2)
        canvas.setPixel(x: 1, y: 1, ink: 2)
        canvas.setPixel(x: 1, y: 3, ink: 1)
        let cell = canvas.cell(column: 0, row: 0)
        #expect(cell?.ink == 2)
        #expect(cell?.glyph == Character(Unicode.Scalar(0x2800 + 0x40 + 0x04 + 0x20 + 0x08)!))
    }

    @Test func pixelsOutsideAreIgnored() {
        var canvas = BrailleCanvas(columns: 1, rows: 1, inkCount: 1)
        canvas.setPixel(x: -1, y: 0, ink: 0)
        canvas.setPixel(x: 2, y: 0, ink: 0)
        canvas.setPixel(x: 0, y: 4, ink: 0)
        #expect(canvas.cell(column: 0, row: 0) == nil)
    }

    @Test func linesAreClippedAndJoinTheirEnds() {
        var canvas: any Canvas = BrailleCanvas(columns: 4, rows: 2, inkCount: 1)
        canvas.drawLine(from: (-10, -10), to: (20, 20), ink: 0)
        #expect(canvas.cell(column: 0, row: 1)?.glyph != nil)
        #expect(canvas.cell(column: 3, row: 0)?.glyph != nil)
        #expect(canvas.cell(column: 3, row: 1) == nil)
    }
}

@Suite("AsciiCanvas")
struct AsciiCanvasTests {
    /// Draws the set sub-pixels of a 3x3 shape ("x" = set, rows top to bottom).
    static func glyph(_ shape: String) -> Character? {
        var canvas = AsciiCanvas(columns: 1, rows: 1, inkCount: 1)
        for (i, ch) in shape.filter({ $0 != " " }).enumerated() where ch == "x" {
            canvas.setPixel(x: i % 3, y: 2 - i / 3, ink: 0)
        }
        return canvas.cell(column: 0, row: 0)?.glyph
    }

    @Test(arguments: [
        ("... xxx ...", "-"), ("... ... xxx", "_"), (".x. .x. .x.", "|"), ("..x .x. x..", "/"),
        ("x.. .x. ..x", "\\"), ("xxx xxx xxx", "#"), (".x. xxx .x.", "+"), ("... ... .x.", "."),
    ])
    func shapesMapToTheNearestGlyph(shape: String, expected: Character) {
        #expect(Self.glyph(shape) == expected)
    }

    @Test func everyNonEmptyShapeHasAVisibleGlyph() {
        for mask in 1..<512 {
            var canvas = AsciiCanvas(columns: 1, rows: 1, inkCount: 1)
            for bit in 0..<9 where mask & (1 << bit) != 0 { canvas.setPixel(x: bit % 3, y: 2 - bit / 3, ink: 0) }
            let glyph = canvas.cell(column: 0, row: 0)?.glyph
            #expect(glyph != nil && glyph != " " && glyph!.isASCII)
        }
    }
}

@Suite("HalfBlockCanvas")
struct HalfBlockCanvasTests {
    @Test func topBottomAndBoth() {
        var canvas = HalfBlockCanvas(columns: 4, rows: 1)
        canvas.setPixel(x: 0, y: 1, ink: 3)
        canvas.setPixel(x: 1, y: 0, ink: 2)
        canvas.setPixel(x: 2, y: 0, ink: 1)
        canvas.setPixel(x: 2, y: 1, ink: 1)
        canvas.setPixel(x: 3, y: 0, ink: 1)
        canvas.setPixel(x: 3, y: 1, ink: 0)
        #expect(canvas.cell(column: 0, row: 0) == CanvasCell(glyph: "▀", ink: 3))
        #expect(canvas.cell(column: 1, row: 0) == CanvasCell(glyph: "▄", ink: 2))
        #expect(canvas.cell(column: 2, row: 0) == CanvasCell(glyph: "█", ink: 1))
        #expect(canvas.cell(column: 3, row: 0) == CanvasCell(glyph: "▀", ink: 0, backgroundInk: 1))
    }
}

@Suite("LineClipper")
struct LineClipperTests {
    @Test func segmentsOutsideTheBoxAreDropped() {
        #expect(LineClipper.clip((-5, -5), (-1, -1), width: 10, height: 10) == nil)
        let clipped = LineClipper.clip((-5, 5), (15, 5), width: 10, height: 10)
        #expect(clipped?.0.x == 0)
        #expect(clipped.map { $0.1.x < 10 } == true)
    }
}
