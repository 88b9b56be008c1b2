import Testing
@testable import TextPlot

/// Checks that hold for every render (PLOTS.md): equal display widths, never wider
/// than asked, one style per column, ANSI-stripped text equal to the plain text.
enum RenderChecks {
    /// Records an issue for every broken invariant of `render` drawn at `width`.
    static func verify(_ render: PlotRender, width: Int,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!render.lines.isEmpty, sourceLocation: sourceLocation)
        let widths = render.lines.map { DisplayWidth.of($0) }
        #expect(Set(widths).count <= 1, "unequal line widths \(widths)", sourceLocation: sourceLocation)
        #expect(widths.allSatisfy { $0 <= width }, "wider than \(width)", sourceLocation: sourceLocation)
        #expect(render.styles.count == render.lines.count, sourceLocation: sourceLocation)
        for (line, styles) in zip(render.lines, render.styles) {
            #expect(styles.count == DisplayWidth.of(line), sourceLocation: sourceLocation)
        }
        let stripped = render.ansiLines().map(stripANSI)
        #expect(stripped == render.lines, "ANSI-stripped text differs", sourceLocation: sourceLocation)
        if render.colors == .none {
            #expect(render.ansiLines() == render.lines, sourceLocation: sourceLocation)
        }
    }

    /// `text` without CSI escape sequences.
    static func stripANSI(_ text: String) -> String {
        var out = ""
        var inEscape = false
        var sawBracket = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if !sawBracket { sawBracket = scalar == "["; if !sawBracket { inEscape = false }; continue }
                if (0x40...0x7E).contains(scalar.value) { inEscape = false; sawBracket = false }
                continue
            }
            if scalar == "\u{1B}" { inEscape = true; continue }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
