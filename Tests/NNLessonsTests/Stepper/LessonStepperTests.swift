import Foundation
import Testing
import NNLang
@testable import NNLessons

/// The stepper's state machine, without a terminal: lines in, events out.
@Suite struct LessonStepperTests {
    func start(store: ProgressStore? = nil, resuming saved: LessonProgress? = nil) throws -> (LessonStepper, EventLog) {
        let stepper = LessonStepper(lesson: try StepperLesson.lesson(), store: store, resuming: saved)
        let log = EventLog()
        stepper.start(emit: log.record)
        return (stepper, log)
    }

    /// The value of a variable in the stepper's session, as `print` shows it.
    func value(_ name: String, in stepper: LessonStepper) -> String {
        let log = EventLog()
        _ = stepper.handle("print \(name)", emit: log.record)
        return log.text
    }

    @Test func enterRunsEachBlockAndShowsTheNext() throws {
        let (stepper, log) = try start()
        #expect(log.text == "[step 1 of 3]")
        log.clear()
        _ = stepper.handle("", emit: log.record)
        #expect(log.text.contains("blobs: 60 samples"), "\(log.text)")
        #expect(log.text.hasSuffix("[step 2 of 3]"))
        #expect(stepper.progress.steps[0].status == .done)
        #expect(value("a", in: stepper).contains("a = 1"))
        #expect(stepper.editableLine == nil)
        _ = stepper.handle("", emit: log.record)
        #expect(stepper.editableLine == "let b = ???; expect b == 7")
    }

    @Test func anExerciseCountsAttemptsAndPassesWhenItsChecksPass() throws {
        let (stepper, log) = try start()
        _ = stepper.handle("", emit: log.record)
        _ = stepper.handle("", emit: log.record)
        log.clear()
        _ = stepper.handle("", emit: log.record)
        #expect(log.text.contains("waits for your answer"))
        _ = stepper.handle("let b = 6", emit: log.record)
        #expect(stepper.progress.steps[2].attempts == 0, "a line without checks is not an attempt")
        _ = stepper.handle("let b = ???; expect b == 7", emit: log.record)
        #expect(log.text.contains("a hole '???' is left to fill"))
        _ = stepper.handle("let b = 6; expect b == 6", emit: log.record)
        #expect(log.text.contains("not yet, attempt 2 (the exercise also checks: b == 7)"), "\(log.text)")
        #expect(stepper.editableLine == "let b = 6; expect b == 6")
        _ = stepper.handle("let b = 7; expect b  ==  7", emit: log.record)
        #expect(log.text.contains("exercise passed, at attempt 3"))
        #expect(stepper.progress.steps[2].status == .passed)
        #expect(stepper.progress.isDone)
        #expect(log.text.contains("The end.\nlesson done: done, exercises passed 1 of 1"), "\(log.text)")
    }

    @Test func backRestoresTheSessionAsItWasBeforeTheBlock() throws {
        let (stepper, log) = try start()
        _ = stepper.handle("", emit: log.record)
        _ = stepper.handle("", emit: log.record)
        let firstLoss = try #require(log.lastInitialLoss)
        _ = stepper.handle("init normal std=3", emit: log.record)
        _ = stepper.handle("let a = 10", emit: log.record)
        _ = stepper.handle(":back", emit: log.record)
        #expect(stepper.progress.position == 1)
        #expect(value("a", in: stepper).contains("a = 1"))
        log.clear()
        _ = stepper.handle("", emit: log.record)
        #expect(log.lastInitialLoss == firstLoss, "the same numbers: same seeds, same draws")
        #expect(value("a", in: stepper).contains("a = 2"))
        _ = stepper.handle(":back", emit: log.record)
        _ = stepper.handle(":back", emit: log.record)
        log.clear()
        _ = stepper.handle(":back", emit: log.record)
        #expect(log.text.contains("this is the first block"))
    }

    @Test func hintsComeOneAtATimeThenTheSolution() throws {
        let (stepper, log) = try start()
        _ = stepper.handle(":hint", emit: log.record)
        #expect(log.text.hasSuffix("this block has no hints; Enter runs it"))
        _ = stepper.handle("", emit: log.record)
        _ = stepper.handle("", emit: log.record)
        log.clear()
        for _ in 0..<4 { _ = stepper.handle(":hint", emit: log.record) }
        #expect(log.text == "hint 1: seven.\nhint 2: `let b = 7`.\nsolution: let b = 7\nexpect b == 7\nsolution: let b = 7\nexpect b == 7")
        #expect(stepper.progress.steps[2].hintsShown == 3)
        log.clear()
        _ = stepper.handle("let b = ???; expect b == 7 :where", emit: log.record)
        #expect(log.text.hasPrefix("A test lesson: step 3 of 3 (an exercise) in \u{201C}Exercise\u{201D}; 0 attempts, 2 of 2 hints seen"), "a key typed after the exercise on the line: \(log.text)")
    }

    @Test func skipRecordsTheStepAndRunsAnExercisesSolution() throws {
        let (stepper, log) = try start()
        _ = stepper.handle(":skip", emit: log.record)
        #expect(stepper.progress.steps[0].status == .skipped)
        #expect(value("a", in: stepper).contains("unknown name"), "a skipped code block does not run")
        _ = stepper.handle("", emit: log.record)
        _ = stepper.handle(":skip", emit: log.record)
        #expect(stepper.progress.steps[2].status == .skipped)
        #expect(value("b", in: stepper).contains("b = 7"))
        #expect(stepper.progress.summary(exerciseCount: 1) == "done, exercises passed 0 of 1, 2 skipped")
    }

    /// A skipped exercise scores zero when the notes are graded: its solution is shown, not run.
    @Test func theNotesShowASkippedExercisesSolutionWithoutRunningIt() throws {
        let (stepper, log) = try start()
        _ = stepper.handle("", emit: log.record)
        _ = stepper.handle("", emit: log.record)
        _ = stepper.handle(":skip", emit: log.record)
        let notebook = stepper.notebook
        let solution = notebook.cells.filter(\.isSkippedSolution).map(\.command)
        #expect(solution == ["let b = 7", "expect b == 7"], "\(notebook.cells)")
        let markdown = notebook.markdown
        #expect(markdown.contains("Skipped: the lesson's solution ran here") && markdown.contains("```text\n> let b"), "\(markdown)")
        let blocks = try MarkdownLesson(name: "notes.md", text: markdown).blocks
        #expect(blocks.count == notebook.commandCount && !blocks.contains { $0.code.contains("let b") }, "only what the learner ran is run again")
    }

    @Test func quittingWhenTheProgressCouldNotBeSavedDoesNotClaimItWas() throws {
        let directory = try TemporaryDirectory()
        let blocker = directory.url.appendingPathComponent("file").path
        FileManager.default.createFile(atPath: blocker, contents: Data())
        let (stepper, log) = try start(store: ProgressStore(directory: blocker + "/state"))
        _ = stepper.handle("", emit: log.record)
        log.clear()
        _ = stepper.handle(":quit", emit: log.record)
        #expect(log.text.hasSuffix("bye (progress is not saved)"), "\(log.text)")
    }

    /// The names Tab offers after `:` are the keys the stepper knows.
    @Test func everyKeyTabOffersIsKnown() throws {
        for name in LessonStepper.keyNames {
            let (stepper, log) = try start()
            log.clear()
            _ = stepper.handle(":" + name, emit: log.record)
            #expect(!log.text.contains("unknown key"), ":\(name): \(log.text)")
            #expect(name == "help" || LessonStepper.keysHelp.contains(":" + name), ":\(name) is in :help")
        }
    }

    @Test func restartAndWhere() throws {
        let (stepper, log) = try start()
        _ = stepper.handle("", emit: log.record)
        log.clear()
        _ = stepper.handle(":where", emit: log.record)
        #expect(log.text == "A test lesson: step 2 of 3 (code) in \u{201C}Second\u{201D}; exercises passed 0 of 1; progress is not saved")
        _ = stepper.handle(":restart", emit: log.record)
        #expect(stepper.progress == LessonProgress(of: stepper.lesson))
        #expect(value("a", in: stepper).contains("unknown name"))
        #expect(stepper.handle(":quit", emit: log.record) == false)
        #expect(stepper.handle(":frobnicate", emit: log.record))
        #expect(log.text.contains("unknown key ':frobnicate'"))
        log.clear()
        _ = stepper.handle(":save /nonexistent-folder/notes.md", emit: log.record)
        #expect(log.text.contains("cannot write '/nonexistent-folder/notes.md'"), "\(log.text)")
        _ = stepper.handle(":save", emit: log.record)
        #expect(log.text.hasSuffix("give a file name: :save notes.md"))
    }

    @Test func resumingReplaysTheLogIntoTheSameSession() throws {
        let directory = try TemporaryDirectory()
        let store = ProgressStore(directory: directory.url.path)
        let (first, log) = try start(store: store)
        _ = first.handle("", emit: log.record)
        _ = first.handle("", emit: log.record)
        let loss = try #require(log.lastInitialLoss)
        _ = first.handle("let c = a * 5", emit: log.record)
        let saved = try #require(try store.load(key: "09-test"))
        #expect(saved == first.progress)
        #expect(saved.summary(exerciseCount: 1) == "step 3 of 3, exercises passed 0 of 1")
        let (second, resumed) = try start(store: store, resuming: saved)
        #expect(resumed.text == "restoring the session: replaying 3 commands...\n[step 3 of 3]")
        #expect(value("c", in: second).contains("c = 10"))
        _ = second.handle("check loss", emit: resumed.record)
        _ = first.handle("check loss", emit: log.record)
        #expect(resumed.lastInitialLoss == log.lastInitialLoss)
        #expect(loss == log.lastInitialLoss)
    }

    @Test func anInterruptedCommandIsUndone() throws {
        let (stepper, log) = try start()
        _ = stepper.handle("", emit: log.record)
        _ = stepper.handle("", emit: log.record)
        var polls = 0
        stepper.isInterrupted = {
            polls += 1
            return polls > 3
        }
        _ = stepper.handle("let a = 50; train steps=200 batch=8", emit: log.record)
        stepper.isInterrupted = { false }
        #expect(log.text.contains("interrupted: undoing it"))
        #expect(stepper.progress.log.count == 2)
        #expect(value("a", in: stepper).contains("a = 2"))
    }

    @Test func theNotebookHoldsWhatRanAndNotWhatWasUndone() throws {
        let (stepper, log) = try start()
        _ = stepper.handle("bogus", emit: log.record)
        _ = stepper.handle("", emit: log.record)
        _ = stepper.handle("", emit: log.record)
        _ = stepper.handle("let z = 1", emit: log.record)
        _ = stepper.handle(":back", emit: log.record)
        let notebook = stepper.notebook
        #expect(notebook.cells.map(\.command) == ["bogus", "seed 4", "data blobs classes=3 points=20", "let a = 1"])
        #expect(notebook.cells.map(\.failed) == [true, false, false, false])
        #expect(notebook.commandCount == 3)
    }
}
