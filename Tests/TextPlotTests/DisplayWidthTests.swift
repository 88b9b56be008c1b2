import Testing
@testable import TextPlot

@Suite("DisplayWidth")
struct DisplayWidthTests {
    @Test(arguments: ["a", "⣿", "⠀", "▄", "█", "░", "─", "┤", "⁻", "³", "¹", "·", "×", "…", "●", "é"])
    func plotCharactersAreOneColumn(_ text: String) {
        #expect(DisplayWidth.of(text) == 1)
    }

    @Test(arguments: ["中", "한", "🙂", "Ａ"])
    func wideCharactersAreTwoColumns(_ text: String) {
        #expect(DisplayWidth.of(text) == 2)
    }

    @Test func combiningMarksAndControlsAreZero() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("\u{1B}") == 0)
        #expect(DisplayWidth.of("10⁻³ loss") == 9)
    }

    @Test func truncateKeepsWidthAndMarksTheCut() {
        #expect(DisplayWidth.truncate("learning rate", to: 8) == "learnin…")
        #expect(DisplayWidth.truncate("short", to: 8) == "short")
        #expect(DisplayWidth.truncate("中文中文", to: 5) == "中文…")
        #expect(DisplayWidth.truncate("abc", to: 2, ellipsis: "~") == "a~")
    }

    @Test func wideTitlesKeepLinesEqualWidth() {
        let plot = LinePlot(title: "损失曲线 loss 🙂", series: [Series(name: "a", y: [1, 2, 3])])
        RenderChecks.verify(plot.render(width: 40, height: 10), width: 40)
    }
}
