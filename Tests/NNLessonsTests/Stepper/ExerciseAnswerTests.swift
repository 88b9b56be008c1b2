import Testing
@testable import NNLessons

/// What counts as an attempt at an exercise, and the exercise as one line to edit.
@Suite struct ExerciseAnswerTests {
    @Test(arguments: [
        ("# comment\nlet b = ???\nexpect b == 7", "let b = ???; expect b == 7"),
        ("optimizer sgd lr=??? # the rate\noverfit steps=10", "optimizer sgd lr=???; overfit steps=10"),
        ("expect a == 1 \"a # not a comment\"", "expect a == 1 \"a # not a comment\""),
        ("train epochs=1 \\\n  batch=8\nexpect x > 0", "train epochs=1 batch=8; expect x > 0"),
    ])
    func theExerciseGoesOnOneLine(code: String, line: String) {
        #expect(ExerciseAnswer.editableLine(code) == line)
    }

    @Test(arguments: [("let b = ???", true), ("let b = 7; expect b == 7", true), ("show model", false), ("print \"expect\"", false)])
    func aLineIsAnAttemptWhenItChecksOrHasAHole(text: String, isAttempt: Bool) {
        #expect(ExerciseAnswer.isAttempt(text) == isAttempt)
    }

    @Test func theRequiredChecksComeFromTheSolution() throws {
        let lesson = try StepperLesson.lesson()
        let answer = ExerciseAnswer(step: lesson.steps[2], lesson: lesson.lesson)
        #expect(answer.requiredConditions == ["b == 7"])
    }
}
