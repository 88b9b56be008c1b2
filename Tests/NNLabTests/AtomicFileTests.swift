import Foundation
import Glibc
import Testing
@testable import NNLab

/// A fresh folder under the temporary directory, removed with the value.
final class ScratchFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// `name` inside the folder.
    func file(_ name: String) -> String { path + "/" + name }

    /// What the folder holds, sorted (hidden files included).
    func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// The file type bits of `path`, not following a final symbolic link.
private func fileType(_ path: String) -> mode_t {
    var status = stat()
    return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
}

/// `AtomicFile`: every save goes through a temporary file renamed over the target.
@Suite struct AtomicFileTests {
    @Test func replacesTheWholeFileKeepsItsModeAndLeavesNoTemporaryFile() throws {
        let folder = try ScratchFolder()
        let path = folder.file("out.csv")
        try "old contents that are longer than the new ones\n".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o640)
        try AtomicFile.write("new\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        var status = stat()
        #expect(stat(path, &status) == 0 && status.st_mode & 0o777 == 0o640)
        #expect(try folder.names() == ["out.csv"])
    }

    @Test func aNewFileGetsTheUsualPermissions() throws {
        let folder = try ScratchFolder()
        let path = folder.file("new.bin")
        try AtomicFile.write([1, 2, 3], to: path)
        let mask = umask(0o022)
        umask(mask)
        var status = stat()
        #expect(stat(path, &status) == 0 && status.st_mode & 0o777 == 0o666 & ~mask)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data([1, 2, 3]))
    }

    @Test func aNamedPipeIsRefusedAndStaysAPipe() throws {
        let folder = try ScratchFolder()
        let pipe = folder.file("pipe")
        #expect(mkfifo(pipe, 0o644) == 0)
        let error = try #require(throws: FileWriteError.self) { try AtomicFile.write("x\n", to: pipe) }
        #expect(error.description.contains("named pipe (FIFO), not a regular file"), "\(error)")
        #expect(fileType(pipe) == S_IFIFO)
        #expect(try folder.names() == ["pipe"])
    }

    @Test func aFolderIsRefusedWithTheFix() throws {
        let folder = try ScratchFolder()
        let error = try #require(throws: FileWriteError.self) { try AtomicFile.write("x\n", to: folder.path) }
        #expect(error.reason.contains("it is a folder") && error.reason.contains("give a file name inside it"), "\(error)")
        #expect(try folder.names().isEmpty)
    }

    @Test func aSymbolicLinkIsFollowedToItsFileAndStaysALink() throws {
        let folder = try ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.file("real"), withIntermediateDirectories: false)
        let target = folder.file("real/data.csv")
        try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
        let link = folder.file("link.csv")
        #expect(symlink("real/data.csv", link) == 0)
        try AtomicFile.write("new\n", to: link)
        #expect(fileType(link) == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("real")) == ["data.csv"])
    }

    @Test func aLinkToNothingIsRefusedAndNothingIsCreated() throws {
        let folder = try ScratchFolder()
        let link = folder.file("dangling.csv")
        #expect(symlink("missing.csv", link) == 0)
        let error = try #require(throws: FileWriteError.self) { try AtomicFile.write("x\n", to: link) }
        #expect(error.reason.contains("symbolic link to 'missing.csv', which does not exist"), "\(error)")
        #expect(try folder.names() == ["dangling.csv"])
    }

    @Test(arguments: [
        ("nope/out.csv", "the folder '", "does not exist"),
        ("file.txt/out.csv", "a part of the path is a file", "not a folder"),
        ("", "the file name is empty", "give one"),
    ])
    func badPathsSayWhatIsWrongNotPermission(relative: String, first: String, second: String) throws {
        let folder = try ScratchFolder()
        try "x".write(toFile: folder.file("file.txt"), atomically: false, encoding: .utf8)
        let path = relative.isEmpty ? "" : folder.file(relative)
        let error = try #require(throws: FileWriteError.self) { try AtomicFile.write("x\n", to: path) }
        #expect(error.reason.contains(first) && error.reason.contains(second), "\(error)")
        #expect(!error.description.contains("ermission") && !error.description.contains("NSCocoa"), "\(error)")
        #expect(try folder.names() == ["file.txt"])
    }

    @Test func everyWriterGoesThroughIt() throws {
        let folder = try ScratchFolder()
        let pipe = folder.file("pipe")
        #expect(mkfifo(pipe, 0o644) == 0)
        let data = try Dataset(name: "d", features: Matrix([[1, 2], [3, 4]]), labels: [0, 1], classCount: 2)
        #expect(throws: FileWriteError.self) { try data.writeCSV(to: pipe) }
        let network = Network(layers: [Linear(weight: Matrix([[1, -2]]), bias: Matrix([[5]]))])
        #expect(throws: FileWriteError.self) { try network.writeSafetensors(to: pipe) }
        #expect(fileType(pipe) == S_IFIFO)
    }
}

/// `ByteCount`: a size over a limit never reads as equal to it.
@Suite struct ByteCountTests {
    @Test(arguments: [
        (2 << 30 + 300 << 10, "2048.3 MiB"),
        (2 << 30 + 1 << 10, "2048.001 MiB"),
        (2 << 30 + 1, "2048.000001 MiB"),
        (3 << 30, "3072 MiB"),
    ])
    func sizesOverTheLimitShowEnoughDigits(bytes: Int, shown: String) {
        let (size, limit) = ByteCount.mebibytes(bytes, over: 2 << 30)
        #expect(size == shown)
        #expect(limit == "2048 MiB")
    }

    @Test func theTooLargeMessageNeverContradictsItself() {
        let message = DataError.tooLarge(what: "the data", bytes: 2 << 30 + 100, limit: 2 << 30).description
        #expect(!message.contains("2048 MiB, over the limit of 2048 MiB"), "\(message)")
        #expect(message.contains("over the limit of"))
    }
}
