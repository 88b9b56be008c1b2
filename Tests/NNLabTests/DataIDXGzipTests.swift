import Foundation
import Testing
@testable import NNLab

/// MNIST as downloaded: `.gz` files read directly, and the official test files as a test split.
/// The fixtures are written by scripts/make_idx_gz_fixture.py with Python's gzip.
@Suite struct DataIDXGzipTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/idx")

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @Test func gzippedFilesReadAsTheUnpackedOnes() throws {
        let data = try Dataset.readIDX(imagesPath: Self.path("train-images-idx3-ubyte.gz"),
                                       labelsPath: Self.path("train-labels-idx1-ubyte.gz"))
        let unpacked = try Dataset.parseIDX(images: DataIDXTests.images, labels: DataIDXTests.labels)
        #expect(data.features == unpacked.features && data.labels == [7, 0, 2] && data.imageShape == unpacked.imageShape)
        #expect(data.name == "train-images-idx3-ubyte.gz")
    }

    @Test func severalMembersAreJoined() throws {
        let labels = try Self.fixture("train-labels-idx1-ubyte.gz")
        #expect(try Gzip.decompress(labels + labels, path: "l.gz") == DataIDXTests.labels + DataIDXTests.labels)
    }

    @Test func truncatedDamagedAndTooLargeAreTypedErrors() throws {
        let images = try Self.fixture("train-images-idx3-ubyte.gz")
        let truncated = try #require(throws: DataError.self) { try Gzip.decompress(Array(images.dropLast(12)), path: "i.gz") }
        #expect(truncated.description == "i.gz: cannot read the file: the gzip file ends early (an interrupted download?); download it again")
        var damaged = images
        damaged[images.count - 6] ^= 0xFF
        let bad = try #require(throws: DataError.self) { try Gzip.decompress(damaged, path: "i.gz") }
        #expect(bad.description.contains("the gzip data is damaged (zlib: "), "\(bad)")
        let large = try #require(throws: DataError.self) { try Gzip.decompress(images, path: "i.gz", limit: 10) }
        guard case .tooLarge = large else { Issue.record("\(large)"); return }
    }

    @Test func officialTestFilesFollowTheTrainingSamples() throws {
        let (data, testRows) = try Dataset.readIDX(
            imagesPath: Self.path("train-images-idx3-ubyte.gz"), labelsPath: Self.path("train-labels-idx1-ubyte.gz"),
            testImagesPath: Self.path("t10k-images-idx3-ubyte.gz"), testLabelsPath: Self.path("t10k-labels-idx1-ubyte.gz"))
        #expect(testRows == 3..<5 && data.labels == [7, 0, 2, 1, 7] && data.classCount == 8)
        #expect(data.features.row(3) == [10, 20, 30, 40].map { Float($0) / 255 })
        var random = RandomSource(seed: 3)
        let labels = (0..<50).map { $0 % 5 }
        let splits = try Splits.fixedTest(40..<50, labels: labels, classCount: 5, train: 0.75, validation: 0.25, random: &random)
        #expect(splits.test == Array(40..<50) && splits.validation.count == 10 && splits.train.count == 30)
        #expect(Set(splits.train + splits.validation) == Set(0..<40))
    }

    @Test func testImagesOfAnotherShapeAreRefused() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-idxgz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let images = directory.appendingPathComponent("t-images").path, labels = directory.appendingPathComponent("t-labels").path
        try Data(DataIDXTests.idx([2, 1, 2], [1, 2, 3, 4])).write(to: URL(fileURLWithPath: images))
        try Data(DataIDXTests.idx([2], [0, 1])).write(to: URL(fileURLWithPath: labels))
        let error = try #require(throws: DataError.self) {
            try Dataset.readIDX(imagesPath: Self.path("train-images-idx3-ubyte.gz"), labelsPath: Self.path("train-labels-idx1-ubyte.gz"),
                                testImagesPath: images, testLabelsPath: labels)
        }
        #expect(error.description.contains("its images are 1x2 but the training images are 2x2"), "\(error)")
    }
}
