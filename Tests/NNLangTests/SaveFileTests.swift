import Foundation
import Glibc
import Testing
@testable import NNLang

/// Every `save … "FILE"` goes through the atomic writer: refused targets are said
/// plainly (no Foundation error text, no "permission" for what is not), and a refused
/// save changes nothing.
@Suite struct SaveFileTests {
    static let setup = "seed 0\ndata blobs classes=2 points=10\nmodel 2 -> 4 relu -> 2\ntrain epochs=1\n"

    /// Runs the setup, then `line`; the error message of `line`, if any.
    private func error(of line: String) -> String? {
        let interpreter = Interpreter()
        var messages: [String] = []
        _ = interpreter.run(SourceFile(name: "s.nnlab", text: Self.setup + line)) { output in
            for case .error(let diagnostic) in output.blocks { messages.append(diagnostic.message) }
        }
        return messages.first
    }

    @Test(arguments: ["save data", "save model", "save history", "save predictions"])
    func aNamedPipeIsRefusedByEverySave(command: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-save-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pipe = folder + "/out"
        #expect(mkfifo(pipe, 0o644) == 0)
        let message = try #require(error(of: "\(command) \"\(pipe)\""), "\(command) wrote to a pipe")
        #expect(message == "cannot write '\(pipe)': it is a named pipe (FIFO), not a regular file; "
                + "nnlab saves to regular files only (it never replaces a pipe or a device); give a file name")
        var status = stat()
        #expect(lstat(pipe, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out"])
    }

    @Test func aMissingFolderIsNamedWithoutFoundationText() throws {
        let message = try #require(error(of: "save data \"/nonexistent-nnlab-folder/d.csv\""))
        #expect(message == "cannot write '/nonexistent-nnlab-folder/d.csv': the folder '/nonexistent-nnlab-folder' "
                + "does not exist; create it first, or save somewhere else")
    }

    @Test func savingIntoAFolderNamesTheFix() throws {
        let message = try #require(error(of: "save history \"\(FileManager.default.temporaryDirectory.path)\""))
        #expect(message.contains("it is a folder, not a regular file; give a file name inside it"), "\(message)")
    }
}
