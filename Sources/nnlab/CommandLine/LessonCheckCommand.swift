import ArgumentParser
import NNLang
import NNLessons

/// `nnlab check LESSON --seeds N`: the author's lint (see `LessonLint`).
struct LessonCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a lesson before learners see it: solutions pass under several seeds, exercises fail unfilled.",
        discussion: """
            Runs the lesson with its solutions N times, each `seed k` becoming `seed k+offset` for \
            offset 0..N-1, and reports every expect with its worst margin against its tolerance; \
            then runs each exercise as written and requires it to fail. Exit codes: 0 all good, \
            1 a check failed under some seed or an exercise passes unfilled, 2 the lesson cannot be read.
            """
    )

    @ArgumentParser.Argument(help: ArgumentHelp("The Markdown lesson.", valueName: "lesson"),
                             completion: .file(extensions: ["md", "markdown"]))
    var path: String

    @Option(help: ArgumentHelp("How many seed offsets to run the solutions under (1-100).", valueName: "n"))
    var seeds = 5

    func validate() throws {
        guard (1...100).contains(seeds) else {
            throw ValidationError("--seeds must be from 1 to 100 (got \(seeds))")
        }
    }

    func run() throws {
        let lesson: MarkdownLesson
        let source: SourceFile
        do {
            (lesson, source) = try SourceLoader().lesson(path)
        } catch {
            StandardStream.error.writeLine(error.message)
            throw ExitCode(2)
        }
        let lint: LessonLint
        do {
            lint = try LessonLint(lesson, seeds: seeds)
        } catch {
            StandardStream.error.writeLine(DiagnosticRenderer(source: source).render(error.diagnostic))
            throw ExitCode(2)
        }
        LessonLintReport(lint, name: source.name, source: source).lines.forEach { StandardStream.output.writeLine($0) }
        throw ExitCode(lint.passed ? 0 : 1)
    }
}
