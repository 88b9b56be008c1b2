import Testing
@testable import NNLessons

/// Cutting a lesson into steps: prose before each block, solutions and hints kept out of it.
@Suite struct SteppedLessonTests {
    @Test func stepsHoldTheProseBeforeEachBlockAndHideSolutionsAndHints() throws {
        let lesson = try StepperLesson.lesson()
        #expect(lesson.steps.map(\.kind) == [.code, .code, .exercise])
        #expect(lesson.title == "A test lesson")
        #expect(lesson.steps[0].prose == "# 9. A test lesson\n\nIntro prose.\n\n## First\n\nThe first block.")
        #expect(lesson.steps[1].prose == "## Second")
        #expect(lesson.steps[1].section == "Second")
        #expect(lesson.steps[2].hints == ["seven.", "`let b = 7`."])
        #expect(lesson.steps[2].solution?.code == "let b = 7\nexpect b == 7")
        #expect(lesson.closingProse == "The end.")
        let shown = lesson.steps.map(\.prose).joined() + lesson.closingProse
        #expect(!shown.contains("Hint"))
        #expect(!shown.contains("let b = 7"))
        #expect(lesson.exerciseCount == 1)
    }

    @Test(arguments: [("lessons/03-overfit.md", "03-overfit"), ("a b.md", "a_b"), ("/x/.md", "lesson"), ("notes.markdown", "notes")])
    func progressKeysComeFromTheFileName(path: String, key: String) {
        #expect(SteppedLesson.key(forPath: path) == key)
    }

    @Test func theFingerprintChangesWithTheCode() throws {
        let changed = try SteppedLesson(name: "lessons/09-test.md", text: StepperLesson.text.replacingOccurrences(of: "points=20", with: "points=21"))
        #expect(try StepperLesson.lesson().fingerprint != changed.fingerprint)
        #expect(try StepperLesson.lesson().fingerprint == StepperLesson.lesson(name: "elsewhere.md").fingerprint)
    }

    @Test func anExerciseWithoutASolutionIsRefused() {
        #expect(throws: LessonFormatError.self) {
            try SteppedLesson(name: "bad.md", text: "```nnlab exercise\nlet a = ???\n```\n")
        }
    }
}
