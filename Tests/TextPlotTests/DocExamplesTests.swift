import Foundation
import Testing
@testable import TextPlot

/// Keeps the rendered examples in `README.md` equal to what the code draws.
/// Each example follows a line `<!-- example: name -->` as a ```text block; run with
/// `TEXTPLOT_RECORD=1` to rewrite the blocks.
@Suite("Documentation examples")
struct DocExamplesTests {
    static let examples: [(String, any TextPlottable, Int)] = [
        ("loss", Examples.lossCurve, 20),
        ("lr-finder", Examples.lrFinder, 20),
        ("activations", Examples.activations, 20),
        ("search", Examples.search, 20),
        ("spiral", Examples.spiral, 24),
        ("grid", Examples.gridSearch, 14),
        ("optimizer", Examples.optimizerPath, 22),
        ("diverging", Examples.diverging, 18),
    ]

    static let docURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")

    @Test func examplesInTheDocsMatchTheRenders() throws {
        let doc = try String(contentsOf: Self.docURL, encoding: .utf8)
        var lines = doc.components(separatedBy: "\n")
        for (name, plot, height) in Self.examples {
            let render = plot.render(width: 72, height: height)
            RenderChecks.verify(render, width: 72)
            guard let marker = lines.firstIndex(of: "<!-- example: \(name) -->"),
                  lines[marker + 1] == "```text",
                  let close = lines[(marker + 2)...].firstIndex(of: "```") else {
                Issue.record("README.md lacks example \(name)")
                continue
            }
            let body = render.lines.map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
            if Golden.isRecording {
                lines.replaceSubrange((marker + 2)..<close, with: body)
            } else {
                #expect(Array(lines[(marker + 2)..<close]) == body, "docs example \(name) is stale")
            }
        }
        if Golden.isRecording {
            try lines.joined(separator: "\n").write(to: Self.docURL, atomically: true, encoding: .utf8)
        }
    }
}
