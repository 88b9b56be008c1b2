import Foundation
import Testing
@testable import NNLessons

/// Every shipped lesson stepped through as a learner who knows the answers does it:
/// Enter at each code block, each exercise answered with its solution written on one
/// line (as the learner fills the line put up for editing). Every exercise must pass
/// at the first attempt, and the lesson must end done.
@Suite struct ShippedLessonStepperTests {
    @Test(arguments: ShippedLessonsTests.lessons)
    func aLearnerWithTheSolutionsPassesEveryExercise(file: String) throws {
        let text = try String(contentsOf: ShippedLessonsTests.folder.appendingPathComponent(file), encoding: .utf8)
        let lesson = try SteppedLesson(name: "lessons/" + file, text: text)
        let stepper = LessonStepper(lesson: lesson, store: nil)
        let log = EventLog()
        stepper.start(emit: log.record)
        for (index, step) in lesson.steps.enumerated() {
            let solution = try #require(step.kind == .code ? "" : step.solution.map { ExerciseAnswer.editableLine($0.code) })
            _ = stepper.handle(solution, emit: log.record)
            #expect(stepper.progress.position == index + 1, "step \(index + 1) of \(file): \(log.text.suffix(600))")
        }
        #expect(stepper.progress.isDone)
        #expect(stepper.progress.steps.filter { $0.status == .passed }.count == lesson.exerciseCount)
        #expect(stepper.progress.steps.allSatisfy { $0.attempts <= 1 })
    }
}
