import Foundation
import Testing
@testable import NNLessons

/// Every lesson in `lessons/`: it runs clean (its solutions in place of its exercises),
/// passes the author's lint under five seed offsets, and has what a lesson needs.
@Suite struct ShippedLessonsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lessons")

    static let lessons: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.first?.isNumber == true && $0.hasSuffix(".md") }.sorted()

    static func read(_ file: String) throws -> MarkdownLesson {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        return try MarkdownLesson(name: "lessons/" + file, text: text)
    }

    @Test func lessonsAreShipped() {
        #expect(Self.lessons.contains("01-first-steps.md"))
        #expect(Self.lessons.count >= 2)
    }

    @Test(arguments: lessons)
    func passesTheLintUnderFiveSeeds(file: String) throws {
        let lint = try LessonLint(Self.read(file), seeds: 5)
        #expect(lint.stops.isEmpty, "\(lint.stops)")
        for check in lint.checks { #expect(check.passed, "line \(check.line): \(check.condition) fails at \(check.failingOffsets)") }
        for exercise in lint.exercises { #expect(exercise.passed, "exercise at line \(exercise.line)") }
    }

    @Test(arguments: lessons)
    func runsCleanThroughTheExecutable(file: String) throws {
        guard let result = try NNLabProcess.run(["run", Self.folder.appendingPathComponent(file).path]) else { return }
        #expect(result.status == 0, "\(result.errors)")
        #expect(!result.output.contains("error:") && result.errors.isEmpty, "\(result.output)\(result.errors)")
    }

    @Test(arguments: lessons)
    func hasWhatALessonNeeds(file: String) throws {
        let lesson = try Self.read(file)
        #expect(lesson.headings.first?.level == 1, "a title")
        #expect(lesson.blocks.contains { $0.kind == .exercise })
        #expect(lesson.blocks.contains { $0.kind == .solution })
        #expect(!lesson.hints.isEmpty, "at least one hint")
        let graded = lesson.blocks.filter { $0.kind == .exercise && $0.code.contains("points=") }
        #expect(!graded.isEmpty, "a graded exercise: an expect with points=")
        #expect(lesson.blocks.first?.code.hasPrefix("seed ") == true, "starts from a seed")
    }
}
