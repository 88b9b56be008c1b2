import NNLang

extension MarkdownLesson {
    /// The blocks `nnlab run` executes: `nnlab` blocks as they are, each exercise
    /// replaced by the solution that follows it.
    ///
    /// Throws when an exercise is not followed by a solution (before the next other
    /// `nnlab` block) or a solution follows no exercise.
    /// With `unfilledExercise`, the exercise whose fence is on that line runs as
    /// written, holes and all, instead of its solution (for `nnlab check`).
    public func runnableBlocks(unfilledExercise: Int? = nil) throws(LessonFormatError) -> [LessonBlock] {
        var runnable: [LessonBlock] = []
        var pendingExercise: LessonBlock?
        for block in blocks {
            switch block.kind {
            case .code:
                if let exercise = pendingExercise { throw Self.missingSolution(exercise, before: block) }
                runnable.append(block)
            case .exercise:
                if let exercise = pendingExercise { throw Self.missingSolution(exercise, before: block) }
                pendingExercise = block
            case .solution:
                guard pendingExercise != nil else {
                    throw LessonFormatError(line: block.fenceLine, "a solution block must follow an exercise block",
                                            fix: "put a ```nnlab exercise block before it, or make it a ```nnlab block")
                }
                if let exercise = pendingExercise, exercise.fenceLine == unfilledExercise {
                    runnable.append(exercise)
                } else {
                    runnable.append(block)
                }
                pendingExercise = nil
            }
        }
        if let exercise = pendingExercise { throw Self.missingSolution(exercise, before: nil) }
        return runnable
    }

    /// One source holding the runnable blocks at their own lines; every other line of
    /// the file is blank, so diagnostics name the line in the Markdown file.
    public func runnableSource(unfilledExercise: Int? = nil) throws(LessonFormatError) -> SourceFile {
        source(of: try runnableBlocks(unfilledExercise: unfilledExercise))
    }

    /// One source holding these blocks at their own lines, every other line blank.
    public func source(of blocks: [LessonBlock]) -> SourceFile {
        var lines = Array(repeating: "", count: lineCount)
        for block in blocks {
            let codeLines = block.code.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, (offset, line)) in zip(block.contentLines, codeLines).enumerated() {
                let prefix = index < block.contentColumns.count ? block.contentColumns[index] : 0
                lines[offset - 1] = String(repeating: " ", count: prefix) + line
            }
        }
        return SourceFile(name: name, text: lines.joined(separator: "\n"))
    }

    private static func missingSolution(_ exercise: LessonBlock, before next: LessonBlock?) -> LessonFormatError {
        var message = "exercise block has no solution block after it"
        if let next {
            let info = next.kind == .code ? "nnlab" : "nnlab \(next.kind.rawValue)"
            message += " (found a ```\(info) block at line \(next.fenceLine) first)"
        }
        return LessonFormatError(line: exercise.fenceLine, message, fix: "add a ```nnlab solution block after the exercise")
    }
}
