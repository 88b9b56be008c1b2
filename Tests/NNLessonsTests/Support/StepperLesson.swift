import Foundation
import NNLang
@testable import NNLessons

/// A small lesson for the stepper's tests: two code blocks (one random: `check loss`
/// prints a number that depends on the seed and every draw before it), then an exercise
/// with two hints and a solution, then closing prose.
enum StepperLesson {
    static let text = """
        # 9. A test lesson

        Intro prose.

        ## First

        The first block.

        ```nnlab
        seed 4
        data blobs classes=3 points=20
        let a = 1
        ```

        ## Second

        ```nnlab
        model 2 -> 16 relu -> 3
        check loss
        let a = a + 1
        ```

        ## Exercise

        Fill it in.

        ```nnlab exercise
        # a comment that stays off the line
        let b = ???
        expect b == 7
        ```

        > **Hint:** seven.

        > **Hint:** `let b = 7`.

        ```nnlab solution
        let b = 7
        expect b == 7
        ```

        The end.
        """

    /// The lesson, read.
    static func lesson(name: String = "lessons/09-test.md") throws -> SteppedLesson {
        try SteppedLesson(name: name, text: text)
    }

    /// Writes the lesson into `directory` as `09-test.md` and returns its path.
    static func write(into directory: TemporaryDirectory) throws -> String {
        try directory.write("09-test.md", text).path
    }
}

/// A stepper's events, collected, with the texts tests look at.
final class EventLog {
    var events: [StepperEvent] = []

    func record(_ event: StepperEvent) {
        events.append(event)
    }

    /// Every output line (plain), notes and hints, in order, as text.
    var text: String {
        events.map { event -> String in
            switch event {
            case let .step(_, number, count): "[step \(number) of \(count)]"
            case let .output(statement, source, display, _):
                Notebook.cell(statement, source: source, display: display, entry: statement.source).output.joined(separator: "\n")
            case let .hint(text, number, _): "hint \(number): \(text)"
            case .solution(let code): "solution: \(code)"
            case .note(let text), .warning(let text): text
            case let .finished(prose, summary): prose + "\n" + summary
            }
        }.joined(separator: "\n")
    }

    /// The number after `initial loss ` in the last output showing one.
    var lastInitialLoss: String? {
        text.components(separatedBy: "initial loss ").last.flatMap { $0.split(separator: ",").first.map(String.init) }
    }

    func clear() {
        events = []
    }
}
