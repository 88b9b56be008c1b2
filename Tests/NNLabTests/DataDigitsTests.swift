import Foundation
import Testing
@testable import NNLab

@Suite struct DataDigitsTests {
    @Test func shapeRangeAndNames() throws {
        var random = RandomSource(seed: 5)
        let digits = try Dataset.digits(points: 20, random: &random)
        #expect(digits.sampleCount == 200 && digits.featureCount == 64 && digits.classCount == 10)
        #expect(digits.imageShape == ImageShape(height: 8, width: 8))
        #expect(digits.features.storage.allSatisfy { $0 >= 0 && $0 <= 1 })
        #expect(digits.classNames == (0...9).map(String.init))
        let inkPerImage = (0..<digits.sampleCount).map { digits.features.row($0).reduce(0, +) }
        #expect(inkPerImage.allSatisfy { $0 > 3 && $0 < 40 }, "every image has a visible stroke")
    }

    @Test func onlyRelabelsFromZero() throws {
        var a = RandomSource(seed: 6)
        let subset = try Dataset.digits(points: 15, only: [7, 1], random: &a)
        #expect(subset.classCount == 2 && subset.classNames == ["7", "1"])
        #expect(subset.classCounts() == [15, 15])
        #expect(Set(subset.labels) == [0, 1])
    }

    @Test func noiseZeroDrawsPrototypesThatDiffer() throws {
        var random = RandomSource(seed: 9)
        let clean = try Dataset.digits(points: 4, noise: 0, random: &random)
        let mean = (0..<10).map { c in (0..<64).map { p in (0..<4).map { clean.features[c * 4 + $0, p] }.reduce(0, +) / 4 } }
        for a in 0..<10 { for b in (a + 1)..<10 {
            let distance = zip(mean[a], mean[b]).map { ($0 - $1) * ($0 - $1) }.reduce(0, +)
            #expect(distance > 1, "digits \(a) and \(b) look alike")
        } }
    }

    @Test func nearestClassMeanIsFarFromPerfect() throws {
        var random = RandomSource(seed: 10)
        let digits = try Dataset.digits(points: 60, random: &random)
        var means = [[Float]](repeating: [Float](repeating: 0, count: 64), count: 10)
        for r in 0..<digits.sampleCount { for p in 0..<64 { means[digits.labels[r]][p] += digits.features[r, p] / 60 } }
        var correct = 0
        for r in 0..<digits.sampleCount {
            let distances = means.map { m in (0..<64).map { (m[$0] - digits.features[r, $0]) * (m[$0] - digits.features[r, $0]) }.reduce(0, +) }
            if distances.firstIndex(of: distances.min()!) == digits.labels[r] { correct += 1 }
        }
        let accuracy = Double(correct) / Double(digits.sampleCount)
        #expect(accuracy > 0.5 && accuracy < 0.95, "nearest mean accuracy \(accuracy)")
    }
}
