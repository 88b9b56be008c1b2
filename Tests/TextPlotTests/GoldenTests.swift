import Testing
@testable import TextPlot

/// One plot drawn one way, compared with its golden file in every colour mode.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    /// The golden file's base name.
    let name: String
    /// The plot.
    let plot: any TextPlottable
    /// The character set.
    var charset: Charset = .unicode

    var testDescription: String { name }
}

@Suite("Goldens")
struct GoldenTests {
    static let cases: [GoldenCase] = {
        var loss = Examples.lossCurve
        var lossBlocks = loss
        lossBlocks.canvas = .halfBlock
        var clusterDots = Examples.clusters
        clusterDots.usesDots = true
        var clusterBlocks = clusterDots
        clusterBlocks.canvas = .halfBlock
        var contourBlocks = Examples.optimizerPath
        contourBlocks.canvas = .halfBlock
        loss.canvas = .braille
        return [
            GoldenCase(name: "line-loss-braille", plot: loss),
            GoldenCase(name: "line-loss-halfblock", plot: lossBlocks),
            GoldenCase(name: "line-loss-ascii", plot: loss, charset: .ascii),
            GoldenCase(name: "line-lrfinder-braille", plot: Examples.lrFinder),
            GoldenCase(name: "line-lrfinder-ascii", plot: Examples.lrFinder, charset: .ascii),
            GoldenCase(name: "line-trainval-braille", plot: Examples.trainVal),
            GoldenCase(name: "line-diverging-braille", plot: Examples.diverging),
            GoldenCase(name: "scatter-search-markers", plot: Examples.search),
            GoldenCase(name: "scatter-search-ascii", plot: Examples.search, charset: .ascii),
            GoldenCase(name: "scatter-clusters-braille", plot: clusterDots),
            GoldenCase(name: "scatter-clusters-markers", plot: Examples.clusters),
            GoldenCase(name: "scatter-clusters-halfblock", plot: clusterBlocks),
            GoldenCase(name: "histogram-unicode", plot: Examples.histogram),
            GoldenCase(name: "histogram-ascii", plot: Examples.histogram, charset: .ascii),
            GoldenCase(name: "stack-unicode", plot: Examples.activations),
            GoldenCase(name: "stack-ascii", plot: Examples.activations, charset: .ascii),
            GoldenCase(name: "heatmap-values-shades", plot: Examples.gridSearch),
            GoldenCase(name: "heatmap-values-ascii", plot: Examples.gridSearch, charset: .ascii),
            GoldenCase(name: "heatmap-field-halfblock", plot: Examples.field),
            GoldenCase(name: "bar-unicode", plot: Examples.bars),
            GoldenCase(name: "bar-ascii", plot: Examples.bars, charset: .ascii),
            GoldenCase(name: "contour-braille", plot: Examples.optimizerPath),
            GoldenCase(name: "contour-ascii", plot: Examples.optimizerPath, charset: .ascii),
            GoldenCase(name: "contour-halfblock", plot: contourBlocks),
            GoldenCase(name: "regions-halfblock", plot: Examples.spiral),
            GoldenCase(name: "regions-ascii", plot: Examples.spiral, charset: .ascii),
        ]
    }()

    @Test(arguments: cases, ColorMode.allCases)
    func matchesGolden(_ golden: GoldenCase, colors: ColorMode) {
        let render = golden.plot.render(width: 64, height: 20, colors: colors, charset: golden.charset)
        RenderChecks.verify(render, width: 64)
        #expect(render.lines.count <= 20, "taller than asked")
        Golden.check(render, named: "\(golden.name)-\(colors.rawValue)")
    }

    /// Colour never changes the text, except that half blocks may replace a region's
    /// glyph where two colours meet (and colour heatmaps pack two rows per line).
    @Test(arguments: cases)
    func colourChangesOnlyHalfBlocks(_ golden: GoldenCase) {
        let plain = golden.plot.render(width: 64, height: 20, colors: .none, charset: golden.charset)
        let colored = golden.plot.render(width: 64, height: 20, colors: .ansi16, charset: golden.charset)
        guard golden.name != "heatmap-field-halfblock" else {
            #expect(colored.lines.count < plain.lines.count)
            return
        }
        #expect(plain.lines.count == colored.lines.count)
        for (a, b) in zip(plain.lines, colored.lines) {
            for (p, c) in zip(a, b) where p != c {
                #expect(c == "▀", "colour changed \(p) to \(c)")
            }
        }
    }

    @Test(arguments: cases)
    func asciiRendersUseOnlyAscii(_ golden: GoldenCase) {
        guard golden.charset == .ascii else { return }
        let render = golden.plot.render(width: 64, height: 20, charset: .ascii)
        for line in render.lines {
            #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII in \(line)")
        }
    }
}
