import Foundation
import Testing
@testable import NNLessons

/// The lesson reader against a CommonMark reference: for each file of the corpus in
/// Fixtures/CommonMark, the fences, headings and block quote paragraphs markdown-it-py
/// found (recorded once by scripts/record_commonmark_fixtures.py into expected.json).
@Suite struct CommonMarkReaderTests {
    struct Expected: Decodable {
        struct Fence: Decodable, Equatable {
            var info: String
            var line: Int
            var content: [String]
        }
        struct Heading: Decodable, Equatable {
            var line: Int
            var level: Int
            var text: String
        }
        var fences: [Fence]
        var headings: [Heading]
        var quotes: [[String]]
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/CommonMark")

    static let expected: [String: Expected] = {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("expected.json")),
              let decoded = try? JSONDecoder().decode([String: Expected].self, from: data) else { return [:] }
        return decoded
    }()

    static let files: [String] = expected.keys.sorted()

    @Test func theCorpusIsThere() {
        #expect(Self.files.count >= 18)
    }

    @Test(arguments: files)
    func matchesTheReference(file: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
        let scanner = MarkdownScanner(lines: text.split(omittingEmptySubsequences: false, whereSeparator: \.isSourceLineBreak))
        let reference = try #require(Self.expected[file])
        let fences = scanner.fences.map { Expected.Fence(info: $0.info, line: $0.line, content: $0.content.map(\.text)) }
        #expect(fences == reference.fences)
        let headings = scanner.headings.map { Expected.Heading(line: $0.line, level: $0.level, text: $0.text) }
        #expect(headings == reference.headings)
        #expect(scanner.quotes.map(\.paragraphs) == reference.quotes)
    }

    @Test func aFenceInAQuoteReportsColumnsOfTheFile() throws {
        let text = "> ```nnlab\n> model 2 -> -> 3\n> ```\n"
        let lesson = try MarkdownLesson(name: "q.md", text: text)
        #expect(lesson.blocks.first?.code == "model 2 -> -> 3")
        let source = try lesson.runnableSource()
        #expect(source.line(2) == "  model 2 -> -> 3", "the quote marker becomes spaces, so columns match the file")
    }

    @Test func hintsAreQuotesThatStartWithTheLabel() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("12-hints.md"), encoding: .utf8)
        let lesson = try MarkdownLesson(name: "12-hints.md", text: text)
        #expect(lesson.hints.map(\.text) == ["the loss barely moves?\nThen raise it.", "second\n\nwith two paragraphs"])
        #expect(lesson.hints.map(\.lines) == [5...6, 8...10])
    }

    @Test func aBlockInAnHTMLCommentDoesNotRun() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("02-html-comment.md"), encoding: .utf8)
        let lesson = try MarkdownLesson(name: "02.md", text: text)
        #expect(lesson.blocks.map(\.code) == ["seed 2"])
    }
}
