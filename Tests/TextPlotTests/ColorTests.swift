import Testing
@testable import TextPlot

@Suite("RenderTarget.resolve")
struct ResolveTests {
    @Test(arguments: [
        (TerminalEnvironment(isTTY: true, term: "xterm-256color"), ColorMode.ansi256, Charset.unicode),
        (TerminalEnvironment(isTTY: true, term: "xterm"), .ansi16, .unicode),
        (TerminalEnvironment(isTTY: false, term: "xterm-256color"), .none, .unicode),
        (TerminalEnvironment(isTTY: true, noColor: true, term: "xterm-256color"), .none, .unicode),
        (TerminalEnvironment(isTTY: false, forceColor: true, term: "xterm-256color"), .ansi256, .unicode),
        (TerminalEnvironment(isTTY: false, noColor: true, forceColor: true), .ansi16, .unicode),
        (TerminalEnvironment(isTTY: true, term: "dumb"), .none, .ascii),
        (TerminalEnvironment(isTTY: true, forceColor: true, term: "dumb"), .ansi16, .ascii),
    ])
    func colourAndCharset(env: TerminalEnvironment, colors: ColorMode, charset: Charset) {
        let target = RenderTarget.resolve(env)
        #expect(target.colors == colors)
        #expect(target.charset == charset)
    }

    @Test func sizeComesFromTheTerminalOnlyWhenInteractive() {
        #expect(RenderTarget.resolve(TerminalEnvironment(isTTY: true, terminalSize: (120, 40))).width == 120)
        #expect(RenderTarget.resolve(TerminalEnvironment(isTTY: false, terminalSize: (120, 40))).width == 80)
        let zero = RenderTarget.resolve(TerminalEnvironment(isTTY: true, terminalSize: (0, 0)))
        #expect(zero.width == 80 && zero.height == 24)
    }
}

@Suite("CellStyle")
struct CellStyleTests {
    @Test func sgrCodesPerMode() {
        let style = CellStyle(foreground: .series(0), background: .ramp(7), isBold: true)
        #expect(style.sgrParameters(in: .none) == "")
        #expect(style.sgrParameters(in: .ansi16) == "1;34;103")
        #expect(style.sgrParameters(in: .ansi256) == "1;38;5;33;48;5;226")
        #expect(CellStyle.frame.sgrParameters(in: .ansi256) == "38;5;244")
    }

    @Test func seriesColoursCycleAndAreNeverBlended() {
        #expect(CellStyle(foreground: .series(8)).sgrParameters(in: .ansi16)
                == CellStyle(foreground: .series(0)).sgrParameters(in: .ansi16))
        let codes = (0..<8).map { CellStyle(foreground: .series($0)).sgrParameters(in: .ansi256) }
        #expect(Set(codes).count == 8)
    }
}

@Suite("PlotRender")
struct PlotRenderTests {
    @Test func ansiTextChangesStyleOnlyWhereItChanges() {
        let red = CellStyle(foreground: .series(1))
        let render = PlotRender(lines: ["ab c"], styles: [[red, red, .plain, red]], colors: .ansi16)
        #expect(render.ansiLines() == ["\u{1B}[31mab\u{1B}[0m \u{1B}[31mc\u{1B}[0m"])
        #expect(RenderChecks.stripANSI(render.ansiText()) == render.plainText)
    }

    @Test func noColourMeansNoEscapes() {
        let render = Examples.trainVal.render(width: 60, height: 16, colors: .none)
        #expect(!render.ansiText().contains("\u{1B}"))
    }
}
