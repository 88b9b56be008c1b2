import NNLang

/// A learner's submission as the grader runs it: a script is one unit; a lesson is one
/// unit per `nnlab` and `nnlab exercise` block (its solution blocks never run), so an
/// error in one block stops that block and the blocks after it still run.
public struct Submission: Sendable {
    /// The file name.
    public let name: String
    /// The units in order, each a source at the file's own line numbers.
    public let units: [SourceFile]
    /// Whether it is a lesson (units are its blocks) rather than a script (one unit).
    public let isLesson: Bool

    /// Reads a script, or a Markdown lesson when `isLesson`.
    public init(name: String, text: String, isLesson: Bool) throws(GradeSetupError) {
        self.name = name
        self.isLesson = isLesson
        guard isLesson else {
            units = [SourceFile(name: name, text: text)]
            return
        }
        let lesson: MarkdownLesson
        do {
            lesson = try MarkdownLesson(name: name, text: text)
        } catch {
            let renderer = DiagnosticRenderer(source: SourceFile(name: name, text: text))
            var failure = GradeSetupError(renderer.render(error.diagnostic))
            failure.malformedLesson = (error.diagnostic.range.start.line, error.diagnostic.message)
            throw failure
        }
        units = lesson.blocks.filter { $0.kind != .solution }.map { lesson.source(of: [$0]) }
    }
}
