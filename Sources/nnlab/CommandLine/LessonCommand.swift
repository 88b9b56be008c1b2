import ArgumentParser
import NNLang
import NNLessons

/// `nnlab lesson LESSON`: step through a lesson (see `LessonRunner`).
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Step through a lesson: its prose a section at a time, each block run on Enter, exercises to fill in.",
        discussion: """
            LESSON is a shipped lesson's number or name (01, 3, overfit) or a Markdown file's path. \
            Keys: Enter runs the block; :back goes back one block, the session replayed as it was there; \
            :hint shows the next hint (after the last, the solution); :skip skips the block (an exercise's \
            solution then runs); :restart starts over; :where says where you are; :save FILE writes the \
            session as a notebook that `nnlab run FILE` replays; :quit stops. Any other line runs in the \
            lesson's session. Progress is saved after every step in $NNLAB_STATE, else \
            $XDG_STATE_HOME/nnlab, else ~/.local/state/nnlab; opening the lesson again offers to resume. \
            Lessons are found in $NNLAB_LESSONS, else in lessons/ of the current folder or one above it.
            """
    )

    @ArgumentParser.Argument(help: ArgumentHelp("A lesson's number, name or file.", valueName: "lesson"),
                             completion: .file(extensions: ["md", "markdown"]))
    var lesson: String

    func run() throws {
        let path: String
        do {
            path = try LessonFinder.path(of: lesson)
        } catch {
            StandardStream.error.writeLine(error.message)
            throw ExitCode(2)
        }
        throw ExitCode(LessonRunner(path: path).run())
    }
}

/// `nnlab lessons`: the shipped lessons with each one's progress.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "List the shipped lessons with your progress in each."
    )

    func run() throws {
        let catalog: LessonCatalog
        do {
            catalog = try LessonFinder.catalog()
        } catch {
            StandardStream.error.writeLine(error.message)
            throw ExitCode(2)
        }
        let store = LessonFinder.store()
        let rows: [[TableCell]] = catalog.files.map { file in
            let path = catalog.folder + "/" + file
            let number = String(file.prefix { $0.isNumber })
            guard let (_, source) = try? SourceLoader().lesson(path), let lesson = try? SteppedLesson(name: path, text: source.text) else {
                return [.text(number), .text(String(file.dropLast(3))), .text("cannot be read: nnlab check \(path) says why")]
            }
            return [.text(number), .text(lesson.title), .text(Self.progress(of: lesson, in: store))]
        }
        StandardStream.output.writeLine("lessons in \(catalog.folder):")
        Table(columns: ["#", "lesson", "progress"], rows: rows).renderLines().forEach {
            StandardStream.output.writeLine($0.trimmingTrailingSpaces())
        }
        if let first = catalog.files.first {
            StandardStream.output.writeLine("start one with: nnlab lesson \(first.prefix { $0.isNumber })")
        }
    }

    /// The progress column: `not started`, `step 3 of 8, exercises passed 1 of 2`, `done, …`.
    private static func progress(of lesson: SteppedLesson, in store: ProgressStore?) -> String {
        do {
            guard let saved = try store?.load(key: lesson.key) else { return "not started" }
            if saved.mismatch(with: lesson) != nil { return "saved for an earlier version; starts over" }
            return saved.summary(exerciseCount: lesson.exerciseCount)
        } catch {
            return "saved progress is damaged; starts over"
        }
    }
}
