import Foundation
import Testing
import Elementary

/// Against the C library (glibc here) on many seeded arguments over each domain. Both
/// are within 1 ulp of the true value, so they differ by at most 1 ulp wherever one of
/// them is correctly rounded; the bound asserted is 1. Glibc's log10 and tanh (fdlibm's
/// older algorithms) are themselves up to 2 ulps off (measured against mpmath), so
/// those two are allowed 2.
@Suite struct FoundationComparisonTests {
    static let count = 200_000

    struct Domain: Sendable, CustomTestStringConvertible {
        let name: String
        let argument: @Sendable (inout TestRandom) -> Double
        var testDescription: String { name }
    }

    static let expDomains = [
        Domain(name: "[-20, 20]") { $0.uniform(-20, 20) },
        Domain(name: "[-745, 709.78]") { $0.uniform(-745.13, 709.78) },
        Domain(name: "tiny") { $0.logUniform(-80, -1, signed: true) },
    ]

    @Test(arguments: expDomains) func exp(domain: Domain) {
        let worst = worstDistance(count: Self.count, seed: 1, argument: domain.argument, Math.exp, Foundation.exp)
        #expect(worst.ulps <= 1, "exp(\(worst.at)): \(worst.ulps) ulps")
    }

    @Test(arguments: expDomains) func expm1(domain: Domain) {
        let worst = worstDistance(count: Self.count, seed: 2, argument: domain.argument, Math.expm1, Foundation.expm1)
        #expect(worst.ulps <= 1, "expm1(\(worst.at)): \(worst.ulps) ulps")
    }

    static let logDomains = [
        Domain(name: "all positive normals") { $0.logUniform(-1022, 1023) },
        Domain(name: "near 1") { 1 + $0.logUniform(-52, -2, signed: true) },
        Domain(name: "subnormals") { Double(bitPattern: $0.next() % (1 << 52)) },
        Domain(name: "integers") { Double($0.next() % 100_000 + 1) },
    ]

    @Test(arguments: logDomains) func log(domain: Domain) {
        let worst = worstDistance(count: Self.count, seed: 3, argument: domain.argument, Math.log, Foundation.log)
        #expect(worst.ulps <= 1, "log(\(worst.at)): \(worst.ulps) ulps")
    }

    @Test(arguments: logDomains) func log2(domain: Domain) {
        let worst = worstDistance(count: Self.count, seed: 4, argument: domain.argument, Math.log2, Foundation.log2)
        #expect(worst.ulps <= 1, "log2(\(worst.at)): \(worst.ulps) ulps")
    }

    @Test(arguments: logDomains) func log10(domain: Domain) {
        let worst = worstDistance(count: Self.count, seed: 5, argument: domain.argument, Math.log10, Foundation.log10)
        #expect(worst.ulps <= 2, "log10(\(worst.at)): \(worst.ulps) ulps")
    }

    @Test(arguments: [
        Domain(name: "[-3, 3]") { $0.uniform(-3, 3) },
        Domain(name: "[-25, 25]") { $0.uniform(-25, 25) },
        Domain(name: "tiny") { $0.logUniform(-40, -1, signed: true) },
    ]) func tanh(domain: Domain) {
        let worst = worstDistance(count: Self.count, seed: 6, argument: domain.argument, Math.tanh, Foundation.tanh)
        #expect(worst.ulps <= 2, "tanh(\(worst.at)): \(worst.ulps) ulps")
    }

    @Test(arguments: [
        Domain(name: "[-7, 7]") { $0.uniform(-7, 7) },
        Domain(name: "tiny") { $0.logUniform(-40, -1, signed: true) },
    ]) func erf(domain: Domain) {
        let worst = worstDistance(count: Self.count, seed: 7, argument: domain.argument, Math.erf, Foundation.erf)
        #expect(worst.ulps <= 1, "erf(\(worst.at)): \(worst.ulps) ulps")
    }

    static let trigDomains = [
        Domain(name: "[-2π, 2π]") { $0.uniform(-2 * .pi, 2 * .pi) },
        Domain(name: "[-1e6, 1e6]") { $0.uniform(-1e6, 1e6) },
        Domain(name: "huge") { $0.logUniform(21, 1023, signed: true) },
        Domain(name: "tiny") { $0.logUniform(-40, -1, signed: true) },
    ]

    @Test(arguments: trigDomains) func sin(domain: Domain) {
        let worst = worstDistance(count: Self.count, seed: 8, argument: domain.argument, Math.sin, Foundation.sin)
        #expect(worst.ulps <= 1, "sin(\(worst.at)): \(worst.ulps) ulps")
    }

    @Test(arguments: trigDomains) func cos(domain: Domain) {
        let worst = worstDistance(count: Self.count, seed: 9, argument: domain.argument, Math.cos, Foundation.cos)
        #expect(worst.ulps <= 1, "cos(\(worst.at)): \(worst.ulps) ulps")
    }

    @Test func pow() {
        var random = TestRandom(state: 10)
        var worst: (ulps: UInt64, x: Double, y: Double) = (0, 0, 0)
        for i in 0..<Self.count {
            let x: Double, y: Double
            switch i % 4 {
            case 0: (x, y) = (random.logUniform(-30, 30), random.uniform(-30, 30))
            case 1: (x, y) = (random.uniform(0, 2), random.uniform(-2000, 2000))
            case 2: (x, y) = (-random.logUniform(-10, 10), Double(Int(random.next() % 200) - 100))
            default: (x, y) = (Double(random.next() % 1000), Double(random.next() % 20))  // integers
            }
            let distance = ulpDistance(Math.pow(x, y), Foundation.pow(x, y))
            if distance > worst.ulps { worst = (distance, x, y) }
        }
        #expect(worst.ulps <= 1, "pow(\(worst.x), \(worst.y)): \(worst.ulps) ulps")
    }
}
