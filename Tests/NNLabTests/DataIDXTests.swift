import Foundation
import Testing
@testable import NNLab

@Suite struct DataIDXTests {
    /// An IDX file of unsigned bytes with the given dimensions and elements.
    static func idx(_ dims: [Int], _ elements: [UInt8], magicType: UInt8 = 0x08) -> [UInt8] {
        var bytes: [UInt8] = [0, 0, magicType, UInt8(dims.count)]
        for d in dims { bytes += [UInt8(d >> 24 & 255), UInt8(d >> 16 & 255), UInt8(d >> 8 & 255), UInt8(d & 255)] }
        return bytes + elements
    }

    static let images = idx([3, 2, 2], [0, 255, 51, 102, 1, 2, 3, 4, 255, 255, 0, 0])
    static let labels = idx([3], [7, 0, 2])

    @Test func readsImagesScaledWithShape() throws {
        let data = try Dataset.parseIDX(images: Self.images, labels: Self.labels)
        #expect(data.imageShape == ImageShape(height: 2, width: 2))
        #expect(data.features.row(0) == [0, 1, 0.2, 0.4])
        #expect(data.labels == [7, 0, 2] && data.classCount == 8)
    }

    @Test func readsFromFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-idx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let imagesURL = directory.appendingPathComponent("images-idx3-ubyte")
        let labelsURL = directory.appendingPathComponent("labels-idx1-ubyte")
        try Data(Self.images).write(to: imagesURL)
        try Data(Self.labels).write(to: labelsURL)
        let data = try Dataset.readIDX(imagesPath: imagesURL.path, labelsPath: labelsURL.path)
        let inMemory = try Dataset.parseIDX(images: Self.images, labels: Self.labels)
        #expect(data.features == inMemory.features && data.labels == inMemory.labels)
        #expect(data.imageShape == inMemory.imageShape && data.name == "images-idx3-ubyte")
    }

    @Test(arguments: [
        ([UInt8](), "only 0 bytes"),
        ([1, 2, 8, 3, 0, 0, 0, 1], "bad magic number 0x01020803"),
        (DataIDXTests.idx([3, 2, 2], [UInt8](repeating: 0, count: 12), magicType: 0x0D), "element type 0x0d"),
        (DataIDXTests.idx([3], [1, 2, 3]), "1 dimensions"),
        ([0, 0, 8, 3, 0, 0, 0, 3], "truncated header"),
        (DataIDXTests.idx([3, 2, 2], [UInt8](repeating: 0, count: 11)), "truncated: dimensions [3, 2, 2] need 28 bytes, the file has 27"),
        (DataIDXTests.idx([3, 2, 2], [UInt8](repeating: 0, count: 13)), "1 extra bytes"),
        (DataIDXTests.idx([0, 2, 2], []), "include zero"),
    ])
    func malformedImagesFileIsATypedError(bytes: [UInt8], expected: String) throws {
        let error = try #require(throws: DataError.self) {
            try Dataset.parseIDX(images: bytes, labels: Self.labels, imagesName: "img")
        }
        guard case .badIDX(let path, let reason) = error else { Issue.record("wrong error \(error)"); return }
        #expect(path == "img" && reason.contains(expected), "\(reason)")
    }

    @Test func hugeDimensionsAreRefusedByTheMemoryEstimate() throws {
        let huge = Self.idx([0x7FFF_FFFF, 0x7FFF_FFFF, 0x7FFF_FFFF], [])
        let error = try #require(throws: DataError.self) { try Dataset.parseIDX(images: huge, labels: Self.labels) }
        guard case .tooLarge = error else { Issue.record("wrong error \(error)"); return }
    }

    @Test func countMismatchIsReported() {
        #expect(throws: DataError.countMismatch(images: 3, labels: 2)) {
            try Dataset.parseIDX(images: Self.images, labels: Self.idx([2], [1, 2]))
        }
    }
}
