import Foundation
import NNLang
import NNLessons

/// Each shipped lesson run as a notebook (solutions in place of exercises) through the
/// interpreter and the transcript renderer: its whole time and its slowest command,
/// against the targets of 10 s a lesson and 2 s a command.
enum LessonBenchmark {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lessons")

    static func run() -> [String] {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.first?.isNumber == true && $0.hasSuffix(".md") }.sorted()
        guard !files.isEmpty else { return ["  no lessons found in \(folder.path)"] }
        var lines: [String] = [], worstTotal = 0.0, worstCommand = 0.0
        for file in files {
            guard let (total, slowest, command) = time(file) else {
                lines.append("  \(file): could not be read or failed")
                continue
            }
            worstTotal = max(worstTotal, total)
            worstCommand = max(worstCommand, slowest)
            lines.append("  \(file): \(fixed(total, 2)) s, slowest command \(fixed(slowest, 2)) s (\(command))")
        }
        lines.append("  slowest lesson \(fixed(worstTotal, 2)) s (target < 10 s: \(worstTotal < 10 ? "met" : "NOT met")),"
                     + " slowest command \(fixed(worstCommand, 2)) s (target < 2 s: \(worstCommand < 2 ? "met" : "NOT met"))")
        return lines
    }

    /// The lesson's whole time, its slowest command's time and that command; nil when it fails.
    private static func time(_ file: String) -> (Double, Double, String)? {
        guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8),
              let lesson = try? MarkdownLesson(name: "lessons/" + file, text: text),
              let source = try? lesson.runnableSource() else { return nil }
        let renderer = TranscriptRenderer(source: source)
        let clock = ContinuousClock()
        let start = clock.now
        var previous = start, slowest = 0.0, slowestCommand = ""
        var transcript = ""
        let outcome = Interpreter().run(source) { event in
            transcript += renderer.render(command: event.source, blocks: event.blocks)
            let now = clock.now
            let elapsed = seconds(now - previous)
            if elapsed > slowest { (slowest, slowestCommand) = (elapsed, event.source) }
            previous = now
        }
        guard outcome.error == nil else { return nil }
        return (seconds(clock.now - start), slowest, slowestCommand.replacingOccurrences(of: "\n", with: "; "))
    }
}
