import NNLang
import NNLessons

/// `nnlab lesson LESSON`: steps through a lesson at the prompt (readline, with the
/// exercise put on the line to edit) or, when standard input is a pipe, line by line.
/// Saved progress is offered for resuming; all the logic is `LessonStepper`'s.
struct LessonRunner {
    /// The lesson's file.
    var path: String

    /// Runs until `:quit` or the end of input; the exit code.
    func run() -> Int32 {
        let lesson: SteppedLesson
        do {
            lesson = try load()
        } catch {
            StandardStream.error.writeLine(error.message)
            return 2
        }
        InterruptSignal.install()
        let isInteractive = Terminal.isInputInteractive
        var reader = EntryReader(lines: isInteractive
            ? ReadlineSource(historyPath: ReadlineSource.defaultHistoryPath()) as any LineSource : PlainLineSource())
        let store = LessonFinder.store()
        if store == nil { StandardStream.error.writeLine("nnlab: HOME and NNLAB_STATE are unset, so progress is not saved") }
        let saved: LessonProgress?
        switch start(lesson, in: store, reader: &reader) {
        case .fresh: saved = nil
        case .resume(let progress): saved = progress
        case .stop: return 0
        }
        let stepper = LessonStepper(lesson: lesson, store: store, resuming: saved)
        let progress = ProgressBar()
        stepper.onProgress = { progress.update($0) }
        stepper.onLiveRun = { progress.watch($0) }
        stepper.isInterrupted = { InterruptSignal.isRequested || StandardStream.outputHasFailed }
        let printer = StepperPrinter(progress: progress)
        StandardStream.output.writeLine("\(lesson.title) (\(path)): \(lesson.steps.count) blocks. Type :help for the keys.")
        ReadlineCompletion.keys = LessonStepper.keyNames
        InterruptSignal.whileRunningCommand { stepper.start(emit: printer.show) }
        ReadlineCompletion.session = SessionNames(stepper.state)
        return converse(with: stepper, reader: &reader, printer: printer, isInteractive: isInteractive)
    }

    /// Reads lines and hands them to the stepper until `:quit` or the end of input; the exit code.
    private func converse(with stepper: LessonStepper, reader: inout EntryReader, printer: StepperPrinter,
                          isInteractive: Bool) -> Int32 {
        let count = stepper.lesson.steps.count
        while true {
            let prompt = stepper.progress.isDone ? "lesson done> " : "lesson \(stepper.progress.position + 1)/\(count)> "
            switch reader.next(prompt: prompt, editing: stepper.editableLine, isInteractive: isInteractive) {
            case .stop(let status):
                return status
            case .entry(let text, _):
                let goesOn = InterruptSignal.whileRunningCommand { stepper.handle(text, emit: printer.show) }
                printer.progress.clear()
                ReadlineCompletion.session = SessionNames(stepper.state)
                if !goesOn { return 0 }
                if StandardStream.outputHasFailed { return 2 }
            }
        }
    }

    private func load() throws(LoadFailure) -> SteppedLesson {
        let (_, source) = try SourceLoader().lesson(path)
        do {
            return try SteppedLesson(name: source.name, text: source.text)
        } catch {
            throw LoadFailure(message: DiagnosticRenderer(source: source).render(error.diagnostic))
        }
    }

    /// How the lesson starts.
    private enum Start {
        /// At the beginning: nothing saved, the record unreadable or for another version of the lesson, or declined.
        case fresh
        /// Where the saved record says.
        case resume(LessonProgress)
        /// Not at all: the input ended at the question.
        case stop
    }

    /// Reads the saved record and, when there is one to resume, asks.
    private func start(_ lesson: SteppedLesson, in store: ProgressStore?, reader: inout EntryReader) -> Start {
        let saved: LessonProgress?
        do {
            saved = try store?.load(key: lesson.key)
        } catch {
            StandardStream.error.writeLine("nnlab: \(error.message); starting at the beginning")
            return .fresh
        }
        guard let saved, !saved.isUntouched else { return .fresh }
        if let mismatch = saved.mismatch(with: lesson) {
            StandardStream.error.writeLine("nnlab: the saved progress for \(lesson.key) cannot be resumed: \(mismatch); "
                                           + "starting at the beginning")
            return .fresh
        }
        let question = "Saved progress: \(saved.summary(exerciseCount: lesson.exerciseCount)). Resume there? [Y/n] "
        if !Terminal.isInputInteractive { StandardStream.output.writeLine(question) }
        switch reader.lines.readLine(prompt: question) {
        case .line(let answer):
            return answer.lowercased().hasPrefix("n") ? .fresh : .resume(saved)
        case .interrupted, .end, .failed:
            return .stop
        }
    }
}
