import Foundation
import Glibc
import Testing
@testable import NNLab

/// Reading files is bounded: regular files only, a size limit however the file grows,
/// binary content refused in the first block of a text format.
@Suite(.timeLimit(.minutes(1))) struct DataFileBoundsTests {
    @Test func aNamedPipeIsRefusedAtOnceInsteadOfWaitingForAWriter() throws {
        let folder = try ScratchFolder()
        let pipe = folder.file("data.csv")
        #expect(mkfifo(pipe, 0o644) == 0)
        let error = try #require(throws: DataError.self) { try Dataset.readCSV(path: pipe) }
        #expect(error.description == "\(pipe): cannot read the file: it is a named pipe (FIFO), not a regular file; "
                + "nnlab reads regular files only; copy the data into a file first")
        let weights = try #require(throws: WeightFileError.self) { try Network.readSafetensors(from: pipe) }
        #expect(weights.description.contains("named pipe"), "\(weights)")
    }

    @Test func anEndlessDeviceIsRefusedWithoutReadingIt() throws {
        let error = try #require(throws: DataError.self) { try Dataset.readCSV(path: "/dev/zero") }
        #expect(error.description.contains("it is a device, not a regular file"), "\(error)")
        #expect(throws: DataError.self) { try Dataset.readIDX(imagesPath: "/dev/zero", labelsPath: "/dev/zero") }
    }

    @Test func aNULByteInTheFirstBlockOfACSVIsBinaryData() throws {
        let folder = try ScratchFolder()
        let path = folder.file("utf16.csv")
        try Data("x,label\n1,0\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: DataError.self) { try Dataset.readCSV(path: path) }
        #expect(error == .binaryFile(path: path, offset: 1))
        #expect(error.description.contains("binary data") && error.description.contains("UTF-8"), "\(error)")
    }

    @Test func aFileOverTheLimitIsRefusedWithItsSize() throws {
        let folder = try ScratchFolder()
        let path = folder.file("big.csv")
        try Data(repeating: UInt8(ascii: "1"), count: 3000).write(to: URL(fileURLWithPath: path))
        #expect(throws: DataError.tooLarge(what: "the file", bytes: 3000, limit: 2048)) {
            try DataFile.read(path, isText: true, limit: 2048)
        }
        #expect(try DataFile.read(path, isText: true, limit: 3000).count == 3000)
    }

    @Test func aMissingFileOrFolderIsSaidAsSuch() throws {
        let folder = try ScratchFolder()
        let missingFile = try #require(throws: DataError.self) { try Dataset.readCSV(path: folder.file("none.csv")) }
        #expect(missingFile.description.hasSuffix("cannot read the file: no such file"), "\(missingFile)")
        let missingFolder = try #require(throws: DataError.self) { try Dataset.readCSV(path: folder.file("no/none.csv")) }
        #expect(missingFolder.description.contains("the folder '\(folder.file("no"))' does not exist"), "\(missingFolder)")
        #expect(!missingFolder.description.contains("permission"))
    }
}
