import Testing
import NNLang
@testable import NNLessons

@Suite struct MarkdownLessonTests {
    static let lesson = """
        # 3. Overfit a small sample
        Some prose.

        ```nnlab
        seed 0
        data spiral classes=3 points=100
        ```

        ```python
        print("not nnlab")
        ```

        ```nnlab exercise
        optimizer sgd lr=???
        ```

        > **Hint:** the loss barely moves?

        ```nnlab solution
        optimizer sgd lr=0.1
        ```
        """

    @Test func findsOnlyNnlabBlocksWithTheirLines() throws {
        let lesson = try MarkdownLesson(name: "03.md", text: Self.lesson)
        #expect(lesson.blocks.map(\.kind) == [.code, .exercise, .solution])
        #expect(lesson.blocks.map(\.fenceLine) == [4, 13, 19])
        #expect(lesson.blocks[0].contentLines == 5..<7)
        #expect(lesson.blocks[0].code == "seed 0\ndata spiral classes=3 points=100")
    }

    @Test func solutionReplacesExerciseAndLinesArePreserved() throws {
        let source = try MarkdownLesson(name: "03.md", text: Self.lesson).runnableSource()
        #expect(source.name == "03.md")
        #expect(source.lineCount == 21)
        #expect(source.line(5) == "seed 0")
        #expect(source.line(6) == "data spiral classes=3 points=100")
        #expect(source.line(14) == "")
        #expect(source.line(20) == "optimizer sgd lr=0.1")
        #expect(!source.text.contains("???"))
        #expect(!source.text.contains("print"))
        #expect(!source.text.contains("Hint"))
    }

    @Test func syntaxErrorsNameTheMarkdownLine() throws {
        let text = "intro\n\n```nnlab\nseed 0\nmodel 2 -> -> 3\n```\n"
        let source = try MarkdownLesson(name: "bad.md", text: text).runnableSource()
        var outputs: [StatementOutput] = []
        let outcome = Interpreter().run(source) { outputs.append($0) }
        #expect(outcome.exitCode == 2)
        #expect(outcome.error?.range.start.line == 5)
        #expect(outputs.count == 1)
    }

    @Test(arguments: [
        ("~~~nnlab\nseed 1\n~~~\n", "seed 1"),
        ("````nnlab\n```\nseed 2\n````\n", "```\nseed 2"),
        ("   ```nnlab\nseed 3\n   ```\n", "seed 3"),
        ("```  nnlab  \nseed 4\n```   \n", "seed 4"),
        ("~~~~nnlab\nseed 5\n~~~\n~~~~~\n", "seed 5\n~~~"),
        ("```nnlab\r\nseed 6\r\n```\r\n", "seed 6"),
    ])
    func fenceVariants(text: String, code: String) throws {
        let lesson = try MarkdownLesson(name: "f.md", text: text)
        #expect(lesson.blocks.map(\.code) == [code])
    }

    @Test(arguments: [
        "    ```nnlab\n    seed 0\n    ```\n",
        "``nnlab\nseed 0\n``\n",
        "```nnlabs\nseed 0\n```\n",
        "``` nnlab`x`\nseed 0\n",
    ])
    func notNnlabBlocks(text: String) throws {
        #expect(try MarkdownLesson(name: "f.md", text: text).blocks.isEmpty)
    }

    @Test func unterminatedFenceIsAnErrorAtItsLine() {
        let text = "# title\n\n```nnlab\nseed 0\n~~~\n"
        #expect(throws: LessonFormatError(line: 3, "code block opened here is never closed",
                                          fix: "add a closing ``` line")) {
            try MarkdownLesson(name: "f.md", text: text)
        }
    }

    @Test func unknownBlockKindIsAnError() {
        #expect(throws: LessonFormatError.self) { try MarkdownLesson(name: "f.md", text: "```nnlab solutoin\n```\n") }
    }

    @Test(arguments: [
        ("```nnlab exercise\nx\n```\n", 1),
        ("```nnlab exercise\nx\n```\n```nnlab\nseed 0\n```\n", 1),
        ("```nnlab\nseed 0\n```\n```nnlab solution\nseed 1\n```\n", 4),
    ])
    func unpairedExercisesAndSolutionsAreErrors(text: String, line: Int) throws {
        let lesson = try MarkdownLesson(name: "f.md", text: text)
        #expect {
            try lesson.runnableSource()
        } throws: { error in
            (error as? LessonFormatError)?.line == line
        }
    }

    @Test func errorBecomesADiagnosticAtTheFence() {
        let error = LessonFormatError(line: 7, column: 2, "code block opened here is never closed")
        #expect(error.diagnostic.range.start == SourceLocation(line: 7, column: 2))
        #expect(error.description == "7:2: error: code block opened here is never closed")
    }
}
