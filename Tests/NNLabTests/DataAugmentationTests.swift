import Testing
@testable import NNLab

@Suite struct DataAugmentationTests {
    static let shape = ImageShape(height: 4, width: 5)

    /// A batch of `rows` images whose pixels are all distinct.
    static func batch(rows: Int) -> Matrix {
        Matrix(rows: rows, columns: 20, storage: (0..<(rows * 20)).map { Float($0 + 1) })
    }

    /// Applies a static per-image operation to row 0 of `matrix`.
    static func onImage(_ matrix: inout Matrix, _ body: (UnsafeMutableBufferPointer<Float>) -> Void) {
        matrix.storage.withUnsafeMutableBufferPointer { body(UnsafeMutableBufferPointer(rebasing: $0[0..<20])) }
    }

    @Test func flipTwiceIsIdentityAndOnceMirrors() {
        let start = Self.batch(rows: 1)
        var image = start
        Self.onImage(&image) { Augmenter.flipHorizontally($0, shape: Self.shape) }
        #expect(image.row(0)[0..<5] == [5, 4, 3, 2, 1])
        Self.onImage(&image) { Augmenter.flipHorizontally($0, shape: Self.shape) }
        #expect(image == start)
    }

    @Test func shiftMovesContentAndFillsZero() {
        var image = Self.batch(rows: 1)
        var scratch = [Float](repeating: 0, count: 20)
        scratch.withUnsafeMutableBufferPointer { s in
            Self.onImage(&image) { Augmenter.shift($0, by: (1, -1), shape: Self.shape, scratch: s) }
        }
        #expect(image.row(0)[0..<5] == [0, 0, 0, 0, 0])
        #expect(image.row(0)[5..<10] == [2, 3, 4, 5, 0])
    }

    @Test func cropAndCutoutKeepTheShape() throws {
        var augmenter = try Augmenter(Augmentation(flip: true, cropPadding: 2, cutoutSize: 2), imageShape: Self.shape)
        var random = RandomSource(seed: 1)
        var batch = Self.batch(rows: 8)
        let mixed = augmenter.augment(&batch, labels: Array(0..<8), random: &random)
        #expect(mixed == nil)
        #expect(batch.rows == 8 && batch.columns == 20)
        #expect(batch != Self.batch(rows: 8))
        #expect(batch.storage.contains(0), "crop padding or cutout leaves zeros")
    }

    @Test func cutoutErasesAClippedSquare() {
        var image = Self.batch(rows: 1)
        Self.onImage(&image) { Augmenter.erase($0, centre: (0, 4), size: 3, shape: Self.shape) }
        let zeros = image.storage.enumerated().filter { $0.element == 0 }.map(\.offset)
        #expect(zeros == [3, 4, 8, 9])
    }

    @Test func mixupLambdaAtLeastHalfAndInputsMixed() throws {
        var augmenter = try Augmenter(Augmentation(mixupAlpha: 0.4), imageShape: nil)
        var random = RandomSource(seed: 2)
        let original = Self.batch(rows: 6)
        for _ in 0..<50 {
            var batch = original
            let mixed = try #require(augmenter.augment(&batch, labels: [0, 1, 2, 3, 4, 5], random: &random))
            #expect(mixed.lambda >= 0.5 && mixed.lambda <= 1)
            #expect(mixed.labelsA == [0, 1, 2, 3, 4, 5] && mixed.labelsB.sorted() == [0, 1, 2, 3, 4, 5])
            for r in 0..<6 {
                let q = mixed.labelsB[r]
                for c in 0..<20 {
                    let expected = mixed.lambda * original[r, c] + (1 - mixed.lambda) * original[q, c]
                    #expect(abs(batch[r, c] - expected) < 1e-3)
                }
            }
        }
    }

    @Test func cutmixLambdaEqualsTheKeptAreaShare() throws {
        var augmenter = try Augmenter(Augmentation(cutmixAlpha: 1), imageShape: ImageShape(height: 8, width: 8))
        var random = RandomSource(seed: 3)
        var sawABox = false
        for _ in 0..<40 {
            var batch = Matrix(rows: 5, columns: 64, storage: (0..<(5 * 64)).map { Float($0 / 64) })
            let mixed = try #require(augmenter.augment(&batch, labels: [0, 1, 2, 3, 4], random: &random))
            for r in 0..<5 where mixed.labelsB[r] != r {
                let kept = batch.row(r).filter { $0 == Float(r) }.count
                #expect(abs(Float(kept) / 64 - mixed.lambda) < 1e-6)
                #expect(batch.row(r).allSatisfy { $0 == Float(r) || $0 == Float(mixed.labelsB[r]) })
                sawABox = sawABox || kept < 64
            }
        }
        #expect(sawABox)
    }

    @Test func noiseWorksOnAnyData() throws {
        var augmenter = try Augmenter(Augmentation(noise: 0.1), imageShape: nil)
        var random = RandomSource(seed: 4)
        var batch = Matrix(rows: 200, columns: 10)
        _ = augmenter.augment(&batch, labels: [Int](repeating: 0, count: 200), random: &random)
        let variance = batch.squaredNorm() / Double(batch.count)
        #expect(abs(variance - 0.01) < 0.002)
    }

    @Test(arguments: [Augmentation(flip: true), Augmentation(cropPadding: 1), Augmentation(cutoutSize: 2),
                      Augmentation(cutmixAlpha: 1)])
    func imageOnlyAugmentationsRefuseNonImageData(_ augmentation: Augmentation) throws {
        let error = try #require(throws: DataError.self) { try Augmenter(augmentation, imageShape: nil) }
        guard case .notImageData(let part) = error else { Issue.record("wrong error \(error)"); return }
        #expect(augmentation.imageOnlyParts == [part])
        #expect(error.description.contains("needs image data"))
    }

    @Test func badValuesRefused() {
        #expect(throws: DataError.self) { try Augmenter(Augmentation(noise: -1), imageShape: nil) }
        #expect(throws: DataError.self) { try Augmenter(Augmentation(cropPadding: -1), imageShape: Self.shape) }
        #expect(throws: DataError.self) { try Augmenter(Augmentation(mixupAlpha: .nan), imageShape: nil) }
        #expect(throws: DataError.self) { try Augmenter(Augmentation(cropPadding: Int.max), imageShape: Self.shape) }
        #expect(throws: DataError.self) { try Augmenter(Augmentation(noise: 1e300), imageShape: nil) }
    }

    @Test func sameSeedSameAugmentation() throws {
        let settings = Augmentation(flip: true, cropPadding: 1, noise: 0.05, cutoutSize: 2, mixupAlpha: 0.4, cutmixAlpha: 1)
        var first = try Augmenter(settings, imageShape: Self.shape), second = try Augmenter(settings, imageShape: Self.shape)
        var a = RandomSource(seed: 5), b = RandomSource(seed: 5)
        var x = Self.batch(rows: 6), y = Self.batch(rows: 6)
        for _ in 0..<5 {
            let mixA = first.augment(&x, labels: Array(0..<6), random: &a)
            let mixB = second.augment(&y, labels: Array(0..<6), random: &b)
            #expect(mixA == mixB && x == y)
        }
    }
}
