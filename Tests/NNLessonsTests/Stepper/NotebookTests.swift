import Testing
import NNLang
@testable import NNLessons

/// `:save FILE`: the session as Markdown that `nnlab run` reproduces.
@Suite struct NotebookTests {
    /// A notebook of `text` run line by line, as at the prompt.
    static func notebook(of lines: [String]) -> Notebook {
        let interpreter = Interpreter()
        var notebook = Notebook(title: "test")
        for line in lines {
            let source = SourceFile(name: "<prompt>", text: line)
            _ = interpreter.run(source) { notebook.record($0, source: source, display: interpreter.state.display, entry: line) }
        }
        return notebook
    }

    /// What `nnlab run` prints for the notebook's commands: each echoed, then its output.
    static func expectedTranscript(_ notebook: Notebook) -> String {
        notebook.cells.filter { !$0.failed }.map { cell in
            let echoed = cell.command.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { ($0.offset == 0 ? "> " : ". ") + $0.element }
            return (echoed + cell.output).joined(separator: "\n") + "\n"
        }.joined()
    }

    @Test func runningTheNotebookReproducesItsOutput() throws {
        let notebook = Self.notebook(of: ["seed 2", "data blobs classes=2 points=10; train epochs=1", "bogus", "model 2 -> 8 relu -> 2",
                                          "check loss", "set width=40", "show data", "print \"```\""])
        #expect(notebook.cells.map(\.failed) == [false, false, true, true, false, false, false, false, false])
        let lesson = try MarkdownLesson(name: "notes.md", text: notebook.markdown)
        #expect(lesson.blocks.map(\.code) == notebook.cells.filter { !$0.failed }.map(\.command))
        let source = try lesson.runnableSource()
        let interpreter = Interpreter()
        var transcript = ""
        let outcome = interpreter.run(source) { statement in
            let renderer = TranscriptRenderer(width: interpreter.state.display.width ?? 80, height: interpreter.state.display.height)
            transcript += renderer.render(command: statement.source, blocks: statement.blocks)
        }
        #expect(outcome.error == nil)
        #expect(transcript == Self.expectedTranscript(notebook))
        #expect(notebook.markdown.contains("````text\n\"```\" = ```\n````"), "a longer fence around backticks")
        #expect(notebook.markdown.contains("This one failed and changed nothing"))
    }
}
