import Foundation
import Testing
import Elementary

/// Special arguments give exactly the C99 Annex F results, and identities hold.
@Suite struct SpecialValueTests {
    static let tiny = Double.leastNonzeroMagnitude

    @Test(arguments: [
        (0.0, 1.0), (-0.0, 1.0), (Double.infinity, Double.infinity), (-Double.infinity, 0), (710, Double.infinity), (-746, 0), (709.78, 1.7928227943945155e+308),
        (-745.13, 0x0.0000000000001p-1022), (0x1p-60, 1), (-0x1p-60, 1),
    ] as [(Double, Double)]) func exp(x: Double, expected: Double) {
        #expect(sameBits(Math.exp(x), expected))
        #expect(Math.exp(Double.nan).isNaN)
    }

    @Test(arguments: [(0.0, 0.0), (-0.0, -0.0), (Double.infinity, Double.infinity), (-Double.infinity, -1), (-50, -1), (710, Double.infinity), (0x1p-60, 0x1p-60),
                      (tiny, tiny)] as [(Double, Double)])
    func expm1(x: Double, expected: Double) {
        #expect(sameBits(Math.expm1(x), expected))
        #expect(Math.expm1(Double.nan).isNaN)
    }

    @Test func logarithms() {
        for log in [Math.log, Math.log2, Math.log10] as [(Double) -> Double] {
            #expect(log(0) == -Double.infinity && log(-0.0) == -Double.infinity)
            #expect(log(-1).isNaN && log(-Double.infinity).isNaN && log(Double.nan).isNaN && log(-Self.tiny).isNaN)
            #expect(sameBits(log(1), 0) && log(Double.infinity) == Double.infinity)
        }
        #expect(Math.log(Self.tiny) == -744.4400719213812)
        #expect(Math.log(.greatestFiniteMagnitude) == 709.782712893384)
        for k in -1074...1023 { #expect(Math.log2(Foundation.pow(2, Double(k))) == Double(k)) }
        for n in -22...22 {
            let power = n >= 0 ? Foundation.pow(10, Double(n)) : 1 / Foundation.pow(10, Double(-n))
            #expect(Math.log10(power) == Double(n), "log10(1e\(n))")
        }
    }

    @Test func hyperbolicTangent() {
        #expect(sameBits(Math.tanh(0), 0) && sameBits(Math.tanh(-0.0), -0.0))
        #expect(Math.tanh(Double.infinity) == 1 && Math.tanh(-Double.infinity) == -1 && Math.tanh(Double.nan).isNaN)
        #expect(Math.tanh(30.0) == 1 && Math.tanh(-30.0) == -1)
        #expect(Math.tanh(Self.tiny) == Self.tiny && Math.tanh(0x1p-40) == 0x1p-40)
        var random = TestRandom(state: 11)
        for _ in 0..<10_000 {
            let x = random.uniform(-30, 30)
            #expect(sameBits(Math.tanh(-x), -Math.tanh(x)))
        }
    }

    @Test func errorFunction() {
        #expect(sameBits(Math.erf(0), 0) && sameBits(Math.erf(-0.0), -0.0))
        #expect(Math.erf(Double.infinity) == 1 && Math.erf(-Double.infinity) == -1 && Math.erf(Double.nan).isNaN)
        #expect(Math.erf(6) == 1 && Math.erf(-27) == -1)
        #expect(Math.erf(Self.tiny) == Foundation.erf(Self.tiny))
        var random = TestRandom(state: 12)
        for _ in 0..<10_000 {
            let x = random.uniform(-7, 7)
            #expect(sameBits(Math.erf(-x), -Math.erf(x)))
        }
    }

    @Test func sineAndCosine() {
        #expect(sameBits(Math.sin(0), 0) && sameBits(Math.sin(-0.0), -0.0) && Math.cos(0) == 1 && Math.cos(-0.0) == 1)
        for x in [Double.infinity, -Double.infinity, Double.nan] { #expect(Math.sin(x).isNaN && Math.cos(x).isNaN) }
        #expect(Math.sin(Self.tiny) == Self.tiny && Math.cos(Self.tiny) == 1)
        #expect(Math.sin(.pi) == 1.2246467991473532e-16 && Math.cos(.pi) == -1)
        #expect(Math.sin(.pi / 2) == 1 && Math.cos(.pi / 2) == 6.123233995736766e-17)
        var random = TestRandom(state: 13)
        for _ in 0..<10_000 {
            let x = random.uniform(-100, 100)
            #expect(sameBits(Math.sin(-x), -Math.sin(x)) && sameBits(Math.cos(-x), Math.cos(x)))
            let s = Math.sin(x), c = Math.cos(x)
            #expect(abs(s * s + c * c - 1) < 4e-16)
        }
    }

    @Test(arguments: [
        (Double.nan, 0.0, 1.0), (1, .nan, 1), (2, Double.infinity, Double.infinity), (0.5, Double.infinity, 0), (2, -Double.infinity, 0), (0.5, -Double.infinity, Double.infinity),
        (-1, Double.infinity, 1), (-1, -Double.infinity, 1), (0, 3, 0), (-0.0, 3, -0.0), (-0.0, 2, 0), (0, -1, Double.infinity), (-0.0, -1, -Double.infinity),
        (-0.0, -2, Double.infinity), (-0.0, 0.5, 0), (Double.infinity, 2, Double.infinity), (Double.infinity, -2, 0), (-Double.infinity, 3, -Double.infinity), (-Double.infinity, -3, -0.0),
        (-Double.infinity, 0.5, Double.infinity), (-2, 0.5, Double.nan), (-8, 1.0 / 3, Double.nan), (-2, 3, -8), (-2, 1025, -Double.infinity), (2, -1075, 0),
        (10, 3, 1000), (10, -3, 0.001), (3, 40, 12157665459056928801.0), (1 + 0x1p-52, 0x1p62, Double.infinity), (1 + 0x1p-52, 0x1p60, 1.5114276650040605e+111),
        (-1, 0x1p60, 1), (-1, 3, -1), (1, 1e300, 1), (2, 0.5, 2.0.squareRoot()),
    ] as [(Double, Double, Double)]) func power(x: Double, y: Double, expected: Double) {
        #expect(sameBits(Math.pow(x, y), expected), "pow(\(x), \(y)) = \(Math.pow(x, y))")
    }

    @Test func integerPowersAreExact() {
        for base in 2...20 {
            var product = 1.0
            for exponent in 0...30 {
                #expect(Math.pow(Double(base), Double(exponent)) == product || product > 0x1p53)
                product *= Double(base)
            }
        }
    }

    @Test func closedForms() {
        #expect(Math.exp(1) == M_E)
        #expect(Math.log(2) == M_LN2 && Math.log(10) == M_LN10)
        #expect(Math.log2(M_E) == M_LOG2E && Math.log10(M_E) == M_LOG10E)
        #expect(Math.erf(1) == 0.8427007929497149)
        var random = TestRandom(state: 14)
        for _ in 0..<10_000 {
            let x = random.logUniform(-300, 300)
            #expect(abs(Math.exp(Math.log(x)) / x - 1) < 1e-13)
            let y = random.uniform(-700, 700)
            #expect(ulpDistance(Math.log(Math.exp(y)), y) <= 1 || abs(y) < 1)
        }
    }
}
