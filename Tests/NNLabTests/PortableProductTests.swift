import Testing
@testable import NNLab

/// Portable products are bit-identical to the plainest loop: each element summed over
/// `p` in order from zero, then `alpha · sum + beta · c`, whatever the shape's remainders
/// (rows not a multiple of four, columns not a multiple of eight), the transpositions,
/// and whether the product is shared between threads.
@Suite struct PortableProductTests {
    private func sequentialProduct(_ a: Matrix, _ b: Matrix, c: Matrix, alpha: Float, beta: Float) -> Matrix {
        var result = c
        for i in 0..<a.rows {
            for j in 0..<b.columns {
                var sum: Float = 0
                for p in 0..<a.columns { sum += a.storage[i * a.columns + p] * b.storage[p * b.columns + j] }
                let scaled = alpha * sum
                result.storage[i * b.columns + j] = beta == 0 ? scaled : scaled + beta * c.storage[i * b.columns + j]
            }
        }
        return result
    }

    private func random(_ rows: Int, _ columns: Int, _ source: inout RandomSource) -> Matrix {
        var matrix = Matrix(rows: rows, columns: columns)
        for index in matrix.storage.indices { matrix.storage[index] = Float(source.nextNormal()) }
        return matrix
    }

    @Test(arguments: [(1, 1, 1), (3, 7, 5), (4, 8, 3), (5, 9, 17), (9, 10, 128), (13, 19, 6), (70, 130, 33), (130, 140, 120)])
    func matchesTheSequentialLoopBitForBit(m: Int, n: Int, k: Int) {
        var source = RandomSource(seed: UInt64(m * 1000 + n * 10 + k))
        let a = random(m, k, &source), b = random(k, n, &source), c = random(m, n, &source)
        for (transposeA, transposeB) in [(false, false), (true, false), (false, true), (true, true)] {
            for (alpha, beta) in [(Float(1), Float(0)), (0.5, 1), (-2, 0.25)] {
                var product = c
                NumericMode.$current.withValue(.portable) {
                    Matrix.multiply(transposeA ? a.transposed() : a, transposeB ? b.transposed() : b,
                                    transposingA: transposeA, transposingB: transposeB,
                                    into: &product, alpha: alpha, beta: beta)
                }
                let expected = sequentialProduct(a, b, c: c, alpha: alpha, beta: beta)
                #expect(product.storage.map(\.bitPattern) == expected.storage.map(\.bitPattern),
                        "\(m)x\(k)·\(k)x\(n) transposing \(transposeA) \(transposeB), alpha \(alpha) beta \(beta)")
            }
        }
    }
}
