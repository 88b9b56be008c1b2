import CFastMath
import Elementary
import Testing
@testable import NNLab

/// The C kernels chosen at load time give the same bits as the scalar rule they replace.
@Suite struct VectorKernelTests {
    /// Adam's rule one coordinate at a time in `Float`, in the order Adam.swift documents.
    static func scalarAdam(theta: [Float], gradients: [[Float]], learningRate: Double, settings: AdamSettings) -> [Float] {
        var theta = theta
        var m = [Float](repeating: 0, count: theta.count), v = m
        for (step, gradient) in gradients.enumerated() {
            let t = Double(step + 1)
            let stepSize = Float(Double(Float(learningRate)) / (1 - Math.pow(settings.beta1, t)))
            let inverseRoot = Float(1 / (1 - Math.pow(settings.beta2, t)).squareRoot())
            let c1 = Float(1 - settings.beta1), c2 = Float(1 - settings.beta2), beta2 = Float(settings.beta2)
            let l2 = Float(settings.weightDecay), epsilon = Float(settings.epsilon)
            for i in theta.indices {
                let g = gradient[i] + l2 * theta[i]
                m[i] += c1 * (g - m[i])
                v[i] = beta2 * v[i] + c2 * g * g
                let denominator = v[i].squareRoot() * inverseRoot + epsilon
                theta[i] = theta[i] * 1 - stepSize * m[i] / denominator
            }
        }
        return theta
    }

    @Test(arguments: [1, 15, 16, 17, 511, 512, 513, 1300])
    func adamsVectorPassEqualsTheScalarRule(count: Int) {
        let settings = AdamSettings(learningRate: 0.01, weightDecay: 0.01)
        let theta = FusedUpdateTests.values(count, seed: 3)
        let gradients = (0..<4).map { FusedUpdateTests.values(count, seed: UInt64(20 + $0)) }
        var optimizer = Adam(settings)
        var updated = theta
        for gradient in gradients { optimizer.update(slot: 0, parameter: &updated, gradient: gradient, learningRate: 0.01) }
        let expected = Self.scalarAdam(theta: theta, gradients: gradients, learningRate: 0.01, settings: settings)
        let mismatches = zip(updated, expected).enumerated().filter { $0.element.0.bitPattern != $0.element.1.bitPattern }
        #expect(mismatches.isEmpty, "\(mismatches.count) differ, first: \(mismatches.prefix(3).map { "\($0.offset): \($0.element)" })")
    }

    /// Exponents where fdlibm's branches meet, and a spread over the whole range.
    static func exponents() -> [Double] {
        var values: [Double] = [0, -0.0, 1, -1, 2e-9, -2e-9, 3.7252902984e-09, 1e-300, 700, -700, 88.7, -745.1 / 2]
        let halfLn2 = 0.34657359027997264, oneAndHalfLn2 = 1.0397207708399179
        for edge in [halfLn2, oneAndHalfLn2, Double(bitPattern: 0x3FD6_2E42_FFFF_FFFF), Double(bitPattern: 0x3FF0_A2B2_0000_0000)] {
            var x = edge
            for _ in 0..<8 { values += [x, -x]; x = x.nextDown }
        }
        var random = RandomSource(seed: 9)
        for _ in 0..<4000 { values.append(1400 * random.nextUniform() - 700) }
        for _ in 0..<1000 { values.append(8 * random.nextUniform() - 4) }
        return values
    }

    @Test func theVectorExponentialEqualsMathExpBitForBit() {
        let exponents = Self.exponents()
        var values = [Double](repeating: .nan, count: exponents.count)
        let outside = nnlab_exp(exponents, &values, exponents.count)
        #expect(outside == exponents.filter { !($0.magnitude <= 700) }.count)
        let mismatches = zip(exponents, values).filter { $0.0.magnitude <= 700 && Math.exp($0.0).bitPattern != $0.1.bitPattern }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(3))")
    }

    /// Shifted scores beyond the vector range (below −700 here, the top being 3) are left to `Math.exp`.
    @Test func exponentsBeyondTheVectorRangeAreLeftToMathExp() {
        let scores: [[Double]] = [[3, -800, -720, -697.5, 2], [-.infinity, 3, -746, 0, -743]]
        for row in scores {
            var seen: [Double] = []
            LossFunction.softmaxRows(rows: 1, columns: row.count, math: .current, score: { row[$1] }) { _, e, _, _ in
                seen = Array(e)
            }
            let top = row.max()!
            for (z, y) in zip(row, seen) {
                #expect(y.bitPattern == Math.exp(z - top).bitPattern, "exp(\(z - top)) = \(y)")
            }
        }
    }

    /// ReLU through the layer, against Swift's own `max(0, x)` and `x > 0 ? g : 0`, with
    /// signed zeros, NaN, infinities and subnormals among the values and odd lengths.
    @Test(arguments: [1, 15, 17, 100])
    func reluKernelsMatchTheSwiftRule(count: Int) {
        let specials: [Float] = [-0.0, 0, .nan, .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude]
        var random = RandomSource(seed: UInt64(count))
        let x = (0..<count).map { i in i < specials.count ? specials[i] : Float(random.nextNormal()) }
        let g = (0..<count).map { _ in Float(random.nextNormal()) }
        let layer = Activation(.relu)
        var output = Matrix(rows: 0, columns: 0), inputGradient = Matrix(rows: 0, columns: 0)
        var context = LayerContext.evaluation
        let input = Matrix(rows: 1, columns: count, storage: x)
        layer.forward(input, into: &output, context: &context)
        layer.backward(input: input, output: output, outputGradient: Matrix(rows: 1, columns: count, storage: g),
                       into: &inputGradient, computesInputGradient: true)
        #expect(output.storage.map(\.bitPattern) == x.map { max(0, $0).bitPattern })
        #expect(inputGradient.storage.map(\.bitPattern) == x.indices.map { (x[$0] > 0 ? g[$0] : 0).bitPattern })
    }

    /// The squared norm in its documented order: 16 partial sums, folded pairwise, then the tail.
    @Test(arguments: [0, 1, 15, 16, 17, 33, 8192])
    func squaredNormFollowsItsDocumentedOrder(count: Int) {
        var random = RandomSource(seed: UInt64(count + 7))
        let values = (0..<count).map { _ in Float(random.nextNormal()) }
        var partial = [Double](repeating: 0, count: 16)
        let whole = count - count % 16
        for i in 0..<whole { partial[i % 16] += Double(values[i]) * Double(values[i]) }
        let both = (0..<8).map { partial[$0] + partial[$0 + 8] }
        var expected = ((both[0] + both[1]) + (both[2] + both[3])) + ((both[4] + both[5]) + (both[6] + both[7]))
        for i in whole..<count { expected += Double(values[i]) * Double(values[i]) }
        let norm = Matrix(rows: 1, columns: count, storage: values).squaredNorm()
        #expect(norm.bitPattern == expected.bitPattern)
        #expect(Matrix(rows: 1, columns: count, storage: [Float](repeating: 3, count: count)).squaredNorm() == 9 * Double(count))
    }
}
