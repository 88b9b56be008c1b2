import Foundation
import Testing

/// `nnlab lesson` and `nnlab lessons` through pipes: lines in, a transcript out; which
/// lesson a word names; and bad input (unknown lesson, damaged or unwritable progress),
/// which gets a message and never a crash. `:save` at the plain prompt too.
@Suite struct LessonCommandTests {
    /// A scratch folder holding `lessons/09-test.md`.
    static func workspace() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: directory.url.appendingPathComponent("lessons"), withIntermediateDirectories: true)
        _ = try directory.write("lessons/09-test.md", StepperLesson.text)
        return directory
    }

    static func lesson(_ arguments: [String], input: String, in directory: TemporaryDirectory,
                       state: String? = nil) throws -> NNLabProcess.Result? {
        try NNLabProcess.run(arguments, input: input, environment: ["NNLAB_STATE": state ?? directory.url.path + "/state"],
                             in: directory.url)
    }

    @Test func linesFromAPipeStepThroughTheLesson() throws {
        let directory = try Self.workspace()
        let input = "\n\nlet b = 7; expect b == 7\n"
        guard let result = try Self.lesson(["lesson", "09"], input: input, in: directory) else { return }
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.isEmpty, "\(result.errors)")
        for expected in ["Intro prose.", "── step 1 of 3", "> seed 4", "> check loss", "Fill it in.", "exercise passed, at attempt 1",
                         "The end.", "lesson done: done, exercises passed 1 of 1"] {
            #expect(result.output.contains(expected), "\(expected) in \(result.output)")
        }
        #expect(!result.output.contains("seven."))
        guard let listing = try NNLabProcess.run(["lessons"], environment: ["NNLAB_STATE": directory.url.path + "/state"],
                                                 in: directory.url.appendingPathComponent("lessons")) else { return }
        #expect(listing.status == 0, "\(listing.errors)")
        #expect(listing.output.contains("09  A test lesson  done, exercises passed 1 of 1"), "\(listing.output)")
    }

    @Test func aLessonFileGivenAloneOpensTheLesson() throws {
        let directory = try Self.workspace()
        guard let result = try Self.lesson(["lessons/09-test.md"], input: "\n\nlet b = 7; expect b == 7\n", in: directory) else { return }
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("lesson done: done, exercises passed 1 of 1"), "\(result.output)")
    }

    @Test func theLessonsListShowsProgressAndHowToStart() throws {
        let directory = try Self.workspace()
        _ = try directory.write("lessons/10-other.md", StepperLesson.text.replacingOccurrences(of: "A test lesson", with: "Another"))
        guard try Self.lesson(["lesson", "test"], input: "\n:quit\n", in: directory) != nil,
              let listing = try Self.lesson(["lessons"], input: "", in: directory) else { return }
        #expect(listing.output.contains("lessons in \(directory.url.path)/lessons:"), "\(listing.output)")
        #expect(listing.output.contains("09  A test lesson  step 2 of 3, exercises passed 0 of 1"), "\(listing.output)")
        #expect(listing.output.contains("10  Another        not started"), "\(listing.output)")
        #expect(listing.output.hasSuffix("start one with: nnlab lesson 09\n"))
    }

    @Test(arguments: [
        (["lesson", "42"], "no lesson '42' in", "the lessons are 09-test (see nnlab lessons)"),
        (["lesson", "missing.md"], "cannot read missing.md: no such file", ""),
        (["lesson", "lessons"], "lessons is a directory", ""),
        (["lesson", "broken.md"], "broken.md:1:1", "exercise block has no solution block after it"),
        (["lesson", "script.nnlab"], "script.nnlab is not a Markdown lesson", ""),
    ])
    func anUnknownOrBrokenLessonIsRefusedWithExitTwo(arguments: [String], message: String, more: String) throws {
        let directory = try Self.workspace()
        _ = try directory.write("broken.md", "```nnlab exercise\nlet a = ???\n```\n")
        _ = try directory.write("script.nnlab", "print 1\n")
        guard let result = try Self.lesson(arguments, input: "", in: directory) else { return }
        #expect(result.status == 2)
        #expect(result.errors.contains(message), "\(result.errors)")
        #expect(more.isEmpty || result.errors.contains(more), "\(result.errors)")
    }

    @Test func noLessonsFolderSaysWhereItLookedAndHowToPointAtOne() throws {
        let directory = try TemporaryDirectory()
        guard let result = try NNLabProcess.run(["lessons"], environment: ["NNLAB_LESSONS": directory.url.path + "/none"],
                                                in: directory.url) else { return }
        #expect(result.status == 2)
        #expect(result.errors.contains("cannot read the lessons folder \(directory.url.path)/none"), "\(result.errors)")
    }

    @Test func damagedProgressIsReportedAndTheLessonStartsOver() throws {
        let directory = try Self.workspace()
        let state = directory.url.path + "/state"
        try FileManager.default.createDirectory(atPath: state + "/lessons", withIntermediateDirectories: true)
        try Data("{ half a rec".utf8).write(to: URL(fileURLWithPath: state + "/lessons/09-test.json"))
        guard let result = try Self.lesson(["lesson", "09"], input: "\n:quit\n", in: directory) else { return }
        #expect(result.status == 0)
        #expect(result.errors.contains("09-test.json is damaged"), "\(result.errors)")
        #expect(result.errors.contains("starting at the beginning"))
        #expect(try String(contentsOfFile: state + "/lessons/09-test.json", encoding: .utf8).contains("\"position\" : 1"))
    }

    @Test func anUnwritableStateFolderIsSaidOnceAndTheLessonGoesOn() throws {
        let directory = try Self.workspace()
        let blocker = try directory.write("not-a-folder", "")
        guard let result = try Self.lesson(["lesson", "09"], input: "\n\n:where\n", in: directory, state: blocker.path) else { return }
        #expect(result.status == 0)
        #expect(result.errors.components(separatedBy: "set NNLAB_STATE").count == 2, "said once: \(result.errors)")
        #expect(result.output.contains("initial loss"), "the lesson went on")
    }

    @Test func declinedResumeStartsOverAndAChangedLessonIsNotReplayed() throws {
        let directory = try Self.workspace()
        guard try Self.lesson(["lesson", "09"], input: "\nlet q = 3\n:quit\n", in: directory) != nil,
              let declined = try Self.lesson(["lesson", "09"], input: "n\nprint q\n", in: directory) else { return }
        #expect(declined.output.contains("Saved progress: step 2 of 3"), "\(declined.output)")
        #expect(declined.output.contains("unknown name 'q'"), "a fresh session: \(declined.output)")
        guard try Self.lesson(["lesson", "09"], input: "\n:quit\n", in: directory) != nil else { return }
        _ = try directory.write("lessons/09-test.md", StepperLesson.text.replacingOccurrences(of: "points=20", with: "points=25"))
        guard let changed = try Self.lesson(["lesson", "09"], input: ":where\n", in: directory) else { return }
        #expect(changed.errors.contains("the lesson's blocks changed since it was saved; starting at the beginning"), "\(changed.errors)")
        #expect(changed.output.contains("step 1 of 3 (code)"))
    }

    @Test func savingAtThePlainPromptWritesNotesThatRunAgain() throws {
        let directory = try TemporaryDirectory()
        let input = "seed 2\ndata blobs classes=2 points=10\nbogus\nmodel 2 -> 8 relu -> 2\ncheck loss\n:save notes.md\n:hint\n"
        guard let session = try NNLabProcess.run([], input: input, in: directory.url),
              let run = try NNLabProcess.run(["run", "notes.md"], in: directory.url) else { return }
        #expect(session.output.contains("saved 4 commands with their output in notes.md"), "\(session.output)")
        #expect(session.errors.contains(":hint works in a lesson"))
        let markdown = try String(contentsOf: directory.url.appendingPathComponent("notes.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# nnlab session\n"))
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == NotebookFile.transcript(of: markdown), "\(run.output)")
        #expect(run.output.contains("> check loss\ninitial loss "))
    }
}
