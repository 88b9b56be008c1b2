import Foundation
import Testing
@testable import NNLessons

/// Which shipped lesson `nnlab lesson WORD` means, and where the lessons folder is.
@Suite struct LessonCatalogTests {
    static func folder() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        for name in ["01-first-steps.md", "03-overfit.md", "11-overview.md", "README.md"] { _ = try directory.write(name, "# x\n") }
        return directory
    }

    @Test(arguments: [("03", "03-overfit.md"), ("3", "03-overfit.md"), ("overfit", "03-overfit.md"), ("03-overfit.md", "03-overfit.md"),
                      ("1", "01-first-steps.md"), ("11", "11-overview.md"), ("ov", nil), ("7", nil), ("README", nil)] as [(String, String?)])
    func aWordNamesOneLesson(word: String, file: String?) throws {
        let directory = try Self.folder()
        let catalog = try LessonCatalog(folder: directory.url.path)
        #expect(catalog.files == ["01-first-steps.md", "03-overfit.md", "11-overview.md"])
        #expect(catalog.path(of: word) == file.map { directory.url.path + "/" + $0 })
    }

    @Test func theFolderIsFoundFromTheCurrentDirectoryOrTheExecutable() throws {
        let root = try TemporaryDirectory()
        let lessons = root.url.appendingPathComponent("lessons")
        let deep = root.url.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        _ = try root.write("lessons/01-x.md", "# x\n")
        #expect(LessonCatalog.locate(explicit: "/given", currentDirectory: "/", executable: nil) == "/given")
        #expect(LessonCatalog.locate(explicit: nil, currentDirectory: deep.path, executable: nil) == lessons.path)
        #expect(LessonCatalog.locate(explicit: nil, currentDirectory: "/", executable: deep.path + "/nnlab") == lessons.path)
        #expect(LessonCatalog.locate(explicit: nil, currentDirectory: "/proc", executable: nil) == nil)
        #expect(throws: LessonFileError.self) { try LessonCatalog(folder: root.url.path + "/missing") }
    }
}
