import Foundation
import Testing
@testable import NNLab

/// Mean and (population) standard deviation of `values`, in `Double`.
func moments(_ values: [Float]) -> (mean: Double, standardDeviation: Double) {
    let mean = values.reduce(0.0) { $0 + Double($1) } / Double(values.count)
    let variance = values.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(values.count)
    return (mean, variance.squareRoot())
}

@Suite struct InitializerTests {
    /// Fills a fresh `out`×`in` layer with `initializer` from a fixed seed.
    func sample(_ initializer: Initializer, out: Int = 500, in fanIn: Int = 500, seed: UInt64 = 7) -> (Matrix, Matrix) {
        var weight = Matrix(rows: out, columns: fanIn, repeating: 9)
        var bias = Matrix(rows: 1, columns: out, repeating: 9)
        var random = RandomSource(seed: seed)
        initializer.initialize(weight: &weight, bias: &bias, random: &random)
        return (weight, bias)
    }

    /// For a 500x500 layer, fan_in = fan_out = 500, the standard deviation each formula gives.
    static let squareLayer: [(Initializer, Double)] = [
        (.normal(standardDeviation: 0.01), 0.01),
        (.uniform(bound: 0.1), 0.1 / 3.0.squareRoot()),
        (.xavierNormal(), (2.0 / 1000).squareRoot()),
        (.xavierUniform(), (6.0 / 1000).squareRoot() / 3.0.squareRoot()),
        (.xavierNormal(gain: 5.0 / 3.0), 5.0 / 3.0 * (2.0 / 1000).squareRoot()),
        (.heNormal(), 2.0.squareRoot() / 500.0.squareRoot()),
        (.heUniform(), 2.0.squareRoot() * (3.0 / 500).squareRoot() / 3.0.squareRoot()),
        (.heNormal(gain: 1), 1 / 500.0.squareRoot()),
        (.pytorchDefault, 1 / 500.0.squareRoot() / 3.0.squareRoot()),
    ]

    @Test(arguments: squareLayer)
    func weightsHaveTheFormulasSpread(_ initializer: Initializer, _ expected: Double) {
        let (weight, _) = sample(initializer)
        let (mean, sigma) = moments(weight.storage)
        #expect(abs(sigma / expected - 1) < 0.03, "σ = \(sigma), formula \(expected)")
        #expect(abs(mean) < 0.01 * expected, "mean \(mean)")
        #expect(abs(initializer.standardDeviation(fanIn: 500, fanOut: 500) / expected - 1) < 1e-12)
    }

    @Test(arguments: [Initializer.normal(standardDeviation: 0.01), .uniform(bound: 0.1), .xavierNormal(),
                      .xavierUniform(), .heNormal(), .heUniform(), .zeros, .constant(0.5)])
    func biasesStartAtZero(_ initializer: Initializer) {
        let (_, bias) = sample(initializer)
        #expect(bias.storage.allSatisfy { $0 == 0 })
    }

    @Test func pytorchDefaultDrawsTheBiasFromTheSameBound() {
        let (weight, bias) = sample(.pytorchDefault, out: 300, in: 600)
        let bound = Float(1 / 600.0.squareRoot())
        #expect(weight.storage.allSatisfy { abs($0) <= bound })
        #expect(bias.storage.allSatisfy { abs($0) <= bound })
        #expect(bias.storage.contains { $0 > 0.9 * bound } && bias.storage.contains { $0 < -0.9 * bound })
    }

    @Test func fanInIsTheColumnCount() {
        // A [300, 600] weight has fan_in 600: he σ = √2/√600, not √2/√300.
        let (weight, _) = sample(.heNormal(), out: 300, in: 600)
        let expected = 2.0.squareRoot() / 600.0.squareRoot()
        #expect(abs(moments(weight.storage).standardDeviation / expected - 1) < 0.03)
    }

    @Test func uniformStaysInsideItsBound() {
        let (weight, _) = sample(.xavierUniform(), out: 100, in: 300)
        let bound = Float((6.0 / 400).squareRoot())
        #expect(weight.storage.allSatisfy { abs($0) <= bound })
        #expect(weight.storage.contains { $0 > 0.99 * bound })
    }

    @Test func constantsFillEveryWeight() {
        #expect(sample(.zeros).0.storage.allSatisfy { $0 == 0 })
        #expect(sample(.constant(0.5)).0.storage.allSatisfy { $0 == 0.5 })
    }

    @Test func sameSeedSameWeights() {
        #expect(sample(.heUniform(), out: 20, in: 30).0 == sample(.heUniform(), out: 20, in: 30).0)
        #expect(sample(.heUniform(), out: 20, in: 30).0 != sample(.heUniform(), out: 20, in: 30, seed: 8).0)
    }

    @Test(arguments: [
        (Nonlinearity.linear, 1.0), (.sigmoid, 1.0), (.tanh, 5.0 / 3.0), (.relu, 2.0.squareRoot()),
        (.leakyReLU(), (2 / (1 + 0.0001)).squareRoot()), (.leakyReLU(slope: 0.2), (2 / 1.04).squareRoot()),
    ])
    func gainsArePyTorchs(_ nonlinearity: Nonlinearity, _ gain: Double) {
        #expect(abs(nonlinearity.gain - gain) < 1e-12)
    }

    @Test func namedDefaults() {
        #expect(Initializer.xavier == .xavierNormal(gain: 1))
        #expect(Initializer.he == .heNormal(gain: Nonlinearity.relu.gain))
        #expect(Initializer.he.description == "he_normal")
        #expect(Initializer.xavierUniform(gain: 5.0 / 3.0).description == "xavier_uniform gain=\(5.0 / 3.0)")
    }
}
