import Foundation
import NNLang

/// Long lines through the interpreter and the transcript renderer, at n and 2n: linear work
/// doubles the time (a ratio near 2), quadratic work quadruples it. Side by side in one
/// run, so a busy machine shifts both alike.
enum LinearityBenchmark {
    /// The three shapes, each as a label and its text for n.
    static func shapes() -> [(label: String, make: (Int) -> String)] {
        [
            ("statements separated by ';' (print 1; print 1; …)", { Array(repeating: "print 1", count: $0).joined(separator: "; ") }),
            ("values in one print (print 1, 1, …)", { "print " + Array(repeating: "1", count: $0).joined(separator: ", ") }),
            ("let statements on one line", { n in (0..<n).map { "let x\($0) = 1" }.joined(separator: "; ") }),
        ]
    }

    static func run(n: Int = 50_000) -> [String] {
        shapes().map { label, make in
            let (small, large) = (make(n), make(2 * n))
            let once = bestSeconds { transcript(small) }
            let twice = bestSeconds { transcript(large) }
            return "  \(label): \(n) in \(fixed(once * 1e3, 1)) ms, \(2 * n) in \(fixed(twice * 1e3, 1)) ms;"
                + " 2n / n = \(fixed(twice / once, 2)) (linear: about 2)"
        }
    }

    /// The text run as `nnlab run` runs it, its transcript rendered.
    private static func transcript(_ text: String) {
        let source = SourceFile(name: "long.nnlab", text: text)
        let renderer = TranscriptRenderer(source: source)
        var output = ""
        let outcome = Interpreter().run(source) { output += renderer.render(command: $0.source, blocks: $0.blocks) }
        precondition(outcome.error == nil, "the linearity benchmark's input failed")
    }

    private static func bestSeconds(_ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        return (0..<3).map { _ in
            let duration = clock.measure(body)
            return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
        }.min()!
    }
}
