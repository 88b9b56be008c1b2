import NNLang

/// The keys typed at the lesson prompt, all starting with `:`.
extension LessonStepper {
    /// What the keys do, shown by `:help` and after an unknown key.
    public static let keysHelp = """
        keys: Enter runs the block; :back goes back one block (the session as it was there); \
        :hint shows the next hint; :skip skips the block; :restart starts over; :where says where you are; \
        :save FILE writes your notes; :quit stops (your place is saved)
        """

    /// The keys without their colon, for Tab.
    public static let keyNames = ["back", "hint", "skip", "restart", "where", "save", "help", "quit"]

    /// Handles a `:key` line; false for `:quit`.
    func handleKey(_ text: String, emit: (StepperEvent) -> Void) -> Bool {
        let parts = text.split(separator: " ", maxSplits: 1)
        let argument = parts.count > 1 ? parts[1].trimming(" \t") : ""
        switch parts[0] {
        case ":quit", ":q":
            let saved = save(emit)
            let place = progress.isDone ? "the lesson is done" : "opened again, it resumes at step \(progress.position + 1) of \(lesson.steps.count)"
            emit(.note(saved ? "progress saved; \(place)" : "bye (progress is not saved)"))
            return false
        case ":back": back(emit)
        case ":hint": hint(emit)
        case ":skip": skip(emit)
        case ":restart": restart(emit)
        case ":where": emit(.note(whereabouts))
        case ":save": saveNotebook(to: argument, emit)
        case ":help": emit(.note(Self.keysHelp))
        default: emit(.note("unknown key '\(parts[0])'; " + Self.keysHelp))
        }
        return true
    }

    /// `:back`: the previous block again, the session replayed up to just before it.
    private func back(_ emit: (StepperEvent) -> Void) {
        guard progress.position > 0 else { return emit(.note("this is the first block; there is nothing to go back to")) }
        let target = progress.position - 1
        progress.log.removeAll { $0.step >= target }
        for index in target..<progress.steps.count { progress.steps[index].status = .pending }
        progress.position = target
        lastAttempt = nil
        emit(.note("back to step \(target + 1) of \(lesson.steps.count): replaying \(Self.count(progress.log.count, "command")) "
                   + "from the start, with the same seeds..."))
        replayLog()
        save(emit)
        showCurrent(emit)
    }

    /// `:hint`: the next hint; after the last, the solution.
    private func hint(_ emit: (StepperEvent) -> Void) {
        guard let step = currentStep else { return emit(.note("the lesson is done; there is no hint to show")) }
        let shown = progress.steps[progress.position].hintsShown
        if shown < step.hints.count {
            emit(.hint(step.hints[shown], number: shown + 1, of: step.hints.count))
        } else if let solution = step.solution {
            emit(.solution(solution.code))
        } else {
            return emit(.note(step.hints.isEmpty ? "this block has no hints; Enter runs it" : "no more hints for this block"))
        }
        progress.steps[progress.position].hintsShown = min(shown + 1, step.hints.count + 1)
        save(emit)
    }

    /// `:skip`: recorded as skipped; an exercise's solution runs so the lesson can go on.
    private func skip(_ emit: (StepperEvent) -> Void) {
        guard let step = currentStep else { return emit(.note("the lesson is done; there is nothing to skip")) }
        if step.kind == .exercise, step.solution != nil {
            emit(.note("skipped; the solution runs so the rest of the lesson has what it needs:"))
            guard run(LessonProgress.LogEntry(step: progress.position, origin: .solution), emit: emit) != nil else { return }
        } else {
            emit(.note("skipped step \(progress.position + 1) without running it"))
        }
        progress.steps[progress.position].status = .skipped
        moveOn(emit)
    }

    /// `:restart`: a fresh session at the first block; the saved record starts over too.
    private func restart(_ emit: (StepperEvent) -> Void) {
        progress = LessonProgress(of: lesson)
        interpreter = Interpreter()
        cells = []
        lastAttempt = nil
        emit(.note("starting the lesson over, in a fresh session"))
        save(emit)
        showCurrent(emit)
    }

    /// `:where`: the block, its section, the exercises passed, and where progress is saved.
    var whereabouts: String {
        var parts: [String] = []
        if let step = currentStep {
            var place = "step \(progress.position + 1) of \(lesson.steps.count) (\(step.kind == .exercise ? "an exercise" : "code"))"
            if let section = step.section { place += " in \u{201C}\(section)\u{201D}" }
            parts.append(place)
            let record = progress.steps[progress.position]
            if step.kind == .exercise {
                parts.append("\(Self.count(record.attempts, "attempt")), \(min(record.hintsShown, step.hints.count)) of "
                             + "\(step.hints.count) hints seen")
            }
        } else {
            parts.append("the lesson is done")
        }
        let passed = progress.steps.count { $0.status == .passed }
        parts.append("exercises passed \(passed) of \(lesson.exerciseCount)")
        let skipped = progress.steps.count { $0.status == .skipped }
        if skipped > 0 { parts.append("\(skipped) skipped") }
        parts.append(store.map { "progress in \($0.path(forKey: lesson.key))" } ?? "progress is not saved")
        return "\(lesson.title): " + parts.joined(separator: "; ")
    }

    /// `:save FILE`: the session so far as a Markdown notebook.
    private func saveNotebook(to path: String, _ emit: (StepperEvent) -> Void) {
        guard !path.isEmpty else { return emit(.note("give a file name: :save notes.md")) }
        let notebook = notebook
        do {
            try notebook.write(to: path)
            emit(.note("saved \(Self.count(notebook.commandCount, "command")) with their output in \(path); "
                       + "`nnlab run \(path)` runs them again"))
        } catch {
            emit(.warning("nnlab: \(error)"))
        }
    }
}
