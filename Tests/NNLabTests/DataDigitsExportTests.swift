import Foundation
import Testing
@testable import NNLab

/// Writes a large digits set for `scripts/digits_difficulty.py` when
/// `NNLAB_DIGITS_EXPORT=/path/file.csv` is set (skipped otherwise). Points per class
/// come from `NNLAB_DIGITS_POINTS` (default 1000), the seed from `NNLAB_DIGITS_SEED`.
@Suite struct DataDigitsExportTests {
    static let path = ProcessInfo.processInfo.environment["NNLAB_DIGITS_EXPORT"]

    @Test(.enabled(if: path != nil)) func exportForTuning() throws {
        let environment = ProcessInfo.processInfo.environment
        let points = Int(environment["NNLAB_DIGITS_POINTS"] ?? "") ?? 1000
        let seed = UInt64(environment["NNLAB_DIGITS_SEED"] ?? "") ?? 0
        let noise = Double(environment["NNLAB_DIGITS_NOISE"] ?? "") ?? 1
        var random = RandomStreams(seed: seed).data
        let digits = try Dataset.digits(points: points, noise: noise, random: &random)
        let splits = try Splits.stratified(labels: digits.labels, classCount: 10, train: 0.8, validation: 0, test: 0.2,
                                           random: &random)
        try digits.writeCSV(to: try #require(Self.path), splits: splits)
        #expect(FileManager.default.fileExists(atPath: try #require(Self.path)))
    }
}
