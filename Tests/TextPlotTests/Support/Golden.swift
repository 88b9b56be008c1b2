import Foundation
import Testing
@testable import TextPlot

/// Golden files: the plain text of a render and, for colour modes, a one-letter-per-cell
/// style layer with a key of the SGR codes. Re-record with `TEXTPLOT_RECORD=1`.
enum Golden {
    /// Whether this run re-records the golden files.
    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["TEXTPLOT_RECORD"] == "1"
    }

    /// The source folder of the golden files (for recording).
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Goldens")

    /// The golden text of a render.
    static func text(of render: PlotRender) -> String {
        var out = render.lines.joined(separator: "\n") + "\n"
        guard render.colors != .none else { return out }
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var codes: [String] = []
        var layer: [String] = []
        for row in render.styles {
            var line = ""
            for style in row {
                let code = style.sgrParameters(in: render.colors)
                if code.isEmpty { line.append("."); continue }
                if !codes.contains(code) { codes.append(code) }
                let index = codes.firstIndex(of: code)!
                line.append(index < letters.count ? letters[index] : "?")
            }
            layer.append(line)
        }
        out += "--- styles\n" + layer.joined(separator: "\n") + "\n--- key\n"
        for (index, code) in codes.enumerated() {
            out += "\(index < letters.count ? letters[index] : "?") \(code)\n"
        }
        return out
    }

    /// Compares a render with `Goldens/<name>.txt`, or writes it when recording.
    static func check(_ render: PlotRender, named name: String,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = text(of: render)
        if isRecording {
            let url = directory.appendingPathComponent(name + ".txt")
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Goldens"),
              let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden \(name).txt; record with TEXTPLOT_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "golden \(name) differs:\n\(actual)", sourceLocation: sourceLocation)
    }
}
