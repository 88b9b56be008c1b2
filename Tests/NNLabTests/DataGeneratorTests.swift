import Foundation
import Testing
@testable import NNLab

@Suite struct DataGeneratorTests {
    @Test func spiralMatchesCS231nWithoutNoise() throws {
        var random = RandomSource(seed: 1)
        let points = 50, classes = 3
        let data = try Dataset.spiral(points: points, classes: classes, noise: 0, random: &random)
        #expect(data.sampleCount == points * classes && data.featureCount == 2 && data.classCount == classes)
        for j in 0..<classes {
            for i in 0..<points {
                let row = j * points + i
                let r = Double(i) / Double(points - 1)
                let t = 4 * Double(j) + 4 * Double(i) / Double(points - 1)
                let (x, y) = (Double(data.features[row, 0]), Double(data.features[row, 1]))
                #expect(abs((x * x + y * y).squareRoot() - r) < 1e-6)
                if r > 0.1 {
                    let difference = remainder(atan2(x, y) - t, 2 * Double.pi)
                    #expect(abs(difference) < 1e-5, "angle of point \(i) of class \(j)")
                }
                #expect(abs(x - r * sin(t)) < 1e-6 && abs(y - r * cos(t)) < 1e-6)
                #expect(data.labels[row] == j)
            }
        }
    }

    @Test func spiralNoiseMovesOnlyTheAngle() throws {
        var random = RandomSource(seed: 2)
        let data = try Dataset.spiral(points: 20, classes: 2, noise: 0.2, random: &random)
        for row in 0..<data.sampleCount {
            let r = Double(row % 20) / 19
            let (x, y) = (Double(data.features[row, 0]), Double(data.features[row, 1]))
            #expect(abs((x * x + y * y).squareRoot() - r) < 1e-6)
        }
    }

    static func make(_ name: String, _ random: inout RandomSource) throws -> Dataset {
        switch name {
        case "spiral": try Dataset.spiral(points: 30, classes: 4, random: &random)
        case "blobs": try Dataset.blobs(points: 30, classes: 4, random: &random)
        case "circles": try Dataset.circles(points: 30, classes: 3, random: &random)
        case "moons": try Dataset.moons(points: 30, random: &random)
        case "xor": try Dataset.xor(points: 30, random: &random)
        case "gaussian": try Dataset.gaussian(points: 30, classes: 5, dims: 7, random: &random)
        default: try Dataset.digits(points: 30, random: &random)
        }
    }

    @Test(arguments: ["spiral", "blobs", "circles", "moons", "xor", "gaussian", "digits"])
    func sameSeedSameDataAndBalancedClasses(_ name: String) throws {
        var a = RandomSource(seed: 7), b = RandomSource(seed: 7), c = RandomSource(seed: 8)
        let first = try Self.make(name, &a), second = try Self.make(name, &b), other = try Self.make(name, &c)
        #expect(first == second, "\(name) differs for the same seed")
        #expect(first.features != other.features, "\(name) ignores the seed")
        #expect(first.classCounts() == [Int](repeating: 30, count: first.classCount))
        #expect(first.features.isFinite)
    }

    @Test func xorLabelsFollowTheQuadrantsWithoutNoise() throws {
        var random = RandomSource(seed: 3)
        let data = try Dataset.xor(points: 200, noise: 0, random: &random)
        for row in 0..<data.sampleCount {
            let sameSign = (data.features[row, 0] > 0) == (data.features[row, 1] > 0)
            #expect(data.labels[row] == (sameSign ? 0 : 1))
        }
    }

    @Test func circlesRadiiWithoutNoise() throws {
        var random = RandomSource(seed: 4)
        let data = try Dataset.circles(points: 40, classes: 4, noise: 0, random: &random)
        for row in 0..<data.sampleCount {
            let radius = hypot(Double(data.features[row, 0]), Double(data.features[row, 1]))
            #expect(abs(radius - Double(data.labels[row] + 1) / 4) < 1e-6)
        }
    }

    @Test func absurdSizesAreRefusedBeforeAllocating() {
        var random = RandomSource(seed: 0)
        #expect(throws: DataError.self) { try Dataset.spiral(points: 1_000_000_000, classes: 3, random: &random) }
        #expect(throws: DataError.self) { try Dataset.gaussian(points: Int.max / 2, classes: 10, dims: 500, random: &random) }
        do {
            _ = try Dataset.gaussian(points: 100_000, classes: 10, dims: 1000, random: &random)
            Issue.record("4 GB gaussian accepted")
        } catch {
            guard case .tooLarge = error else { Issue.record("wrong error \(error)"); return }
            #expect(error.description.contains("fewer samples"))
        }
    }

    @Test func badOptionsAreTypedErrors() {
        var random = RandomSource(seed: 0)
        #expect(throws: DataError.invalidOption(name: "noise", value: "-1.0", expected: "a number from 0 to 1000")) {
            try Dataset.spiral(noise: -1, random: &random)
        }
        #expect(throws: DataError.self) { try Dataset.moons(classes: 3, random: &random) }
        #expect(throws: DataError.self) { try Dataset.spiral(points: 0, random: &random) }
        #expect(throws: DataError.self) { try Dataset.blobs(classes: 0, random: &random) }
        #expect(throws: DataError.self) { try Dataset.digits(points: 5, only: [3, 11], random: &random) }
        #expect(throws: DataError.self) { try Dataset.digits(points: 5, only: [3, 3], random: &random) }
        #expect(throws: DataError.self) { try Dataset.blobs(noise: 1e300, random: &random) }
        #expect(throws: DataError.self) { try Dataset.digits(points: 5, noise: .infinity, random: &random) }
        #expect(throws: DataError.self) { try Dataset.gaussian(separation: .nan, random: &random) }
    }
}
