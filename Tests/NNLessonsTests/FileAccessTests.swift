import Foundation
import NNLang
import Testing

/// `FileAccess.inside`: what a graded submission may open, paths resolved with links followed.
@Suite struct FileAccessTests {
    let folder: TemporaryDirectory
    let access: FileAccess

    init() throws {
        folder = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("submission/data"),
                                                withIntermediateDirectories: true)
        _ = try folder.write("submission/train.csv", "x,label\n1,0\n")
        _ = try folder.write("outside.csv", "x,label\n1,0\n")
        access = try #require(FileAccess.confined(to: folder.url.appendingPathComponent("submission").path))
    }

    private func inside(_ path: String) -> String { folder.url.appendingPathComponent("submission/" + path).path }

    @Test func filesInsideTheFolderArePermittedEvenOnesNotWrittenYet() throws {
        try access.permit(inside("train.csv"))
        try access.permit(inside("data/new-file.csv"))
        try access.permit(inside("data/../train.csv"))
        try access.permit(inside("."))
    }

    @Test func aRelativePathIsResolvedFromTheWorkingFolder() throws {
        let previous = FileManager.default.currentDirectoryPath
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        FileManager.default.changeCurrentDirectoryPath(inside("data"))
        try access.permit("../train.csv")
        #expect(throws: CommandFailure.self) { try access.permit("../../outside.csv") }
    }

    @Test(arguments: ["/etc/passwd", "../outside.csv", "data/../../outside.csv", "/"])
    func aPathOutsideTheFolderIsRefusedNamingIt(path: String) throws {
        let given = path.hasPrefix("/") ? path : inside(path)
        let error = try #require(throws: CommandFailure.self) { try access.permit(given) }
        #expect(error.message.contains("'\(given)' is outside the submission's folder"))
    }

    @Test func aLinkInsideTheFolderThatLeadsOutIsRefused() throws {
        try FileManager.default.createSymbolicLink(atPath: inside("passwd.csv"), withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: inside("up"), withDestinationPath: folder.url.path)
        for path in [inside("passwd.csv"), inside("up/outside.csv")] {
            let error = try #require(throws: CommandFailure.self) { try access.permit(path) }
            #expect(error.message.contains("it leads to "))
        }
    }

    @Test func aDanglingLinkIsRefused() throws {
        try FileManager.default.createSymbolicLink(atPath: inside("gone.csv"), withDestinationPath: "/nonexistent/nnlab/file")
        #expect(throws: CommandFailure.self) { try access.permit(inside("gone.csv")) }
    }

    @Test func theInterpreterRefusesEveryCommandThatOpensAFileOutside() throws {
        let commands = ["data csv \"/etc/passwd\"", "data idx \"/etc/passwd\" \"/etc/group\"", "load model \"/etc/passwd\"",
                        "save model \"/tmp/nnlab-escape.safetensors\"", "save data \"../escape.csv\"",
                        "save history \"../escape.csv\"", "save predictions \"../escape.csv\""]
        for command in commands {
            let interpreter = Interpreter()
            interpreter.fileAccess = access
            let setup = "data spiral classes=3 points=20\nmodel 2 -> 4 relu -> 3\ntrain epochs=1\n"
            let source = SourceFile(name: "s.nnlab", text: setup + command.replacingOccurrences(of: "../", with: inside("..") + "/"))
            let outcome = interpreter.run(source) { _ in }
            #expect(outcome.error?.message.contains("is outside the submission's folder") == true, "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("escape.csv").path))
    }
}
