import Testing
@testable import NNLab

@Suite struct MatrixTests {
    private func naiveProduct(_ a: [[Float]], _ b: [[Float]]) -> [[Float]] {
        a.map { row in (0..<b[0].count).map { c in zip(row, b.map { $0[c] }).reduce(0) { $0 + $1.0 * $1.1 } } }
    }

    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func productMatchesNaiveForEveryTransposition(transposeA: Bool, transposeB: Bool) {
        let a = Matrix([[1, 2, 3], [4, 5, 6]])
        let b = Matrix([[7, 8], [9, 10], [11, 12]])
        let left = transposeA ? a.transposed() : a
        let right = transposeB ? b.transposed() : b
        var product = Matrix(rows: 0, columns: 0)
        Matrix.multiply(left, right, transposingA: transposeA, transposingB: transposeB, into: &product)
        #expect(product == Matrix([[58, 64], [139, 154]]))
    }

    @Test func productAccumulatesWithBeta() {
        var c = Matrix([[1, 1], [1, 1]])
        Matrix.multiply(Matrix([[1, 0], [0, 1]]), Matrix([[2, 3], [4, 5]]), into: &c, alpha: 2, beta: 1)
        #expect(c == Matrix([[5, 7], [9, 11]]))
    }

    @Test func randomProductMatchesNaive() {
        var random = RandomSource(seed: 11)
        let a = (0..<13).map { _ in (0..<17).map { _ in Float(random.nextNormal()) } }
        let b = (0..<17).map { _ in (0..<5).map { _ in Float(random.nextNormal()) } }
        let product = Matrix(a).matmul(Matrix(b))
        let expected = Matrix(naiveProduct(a, b))
        #expect(zip(product.storage, expected.storage).allSatisfy { abs($0 - $1) < 1e-4 })
    }

    @Test func broadcastingAndReductions() {
        var m = Matrix([[1, -2, 3], [4, 5, -6]])
        #expect(m.columnSums() == [5, 3, -3])
        #expect(m.rowSums() == [2, 3])
        #expect(m.rowMaxima() == [3, 5])
        #expect(m.argmaxPerRow() == [2, 1])
        m.addRowVector([10, 20, 30])
        #expect(m == Matrix([[11, 18, 33], [14, 25, 24]]))
        #expect(m.multipliedElementwise(by: Matrix([[0, 1, 0], [1, 0, 1]])) == Matrix([[0, 18, 0], [14, 0, 24]]))
        #expect(m.scaled(by: 0.5).sum() == m.sum() / 2)
    }

    @Test func reshapeKeepsCapacityAcrossShrinkAndGrow() {
        var m = Matrix(rows: 64, columns: 10)
        let capacity = m.storage.capacity
        m.reshape(rows: 3, columns: 10)
        m.reshape(rows: 64, columns: 10)
        #expect(m.storage.capacity == capacity)
        #expect(m.count == 640)
    }

    @Test func gatherRowsTakesRowsInOrder() {
        let m = Matrix([[1, 2], [3, 4], [5, 6]])
        #expect(m.gatherRows([2, 0]) == Matrix([[5, 6], [1, 2]]))
    }
}

@Suite struct MatrixBLASReductionTests {
    @Test func columnSumsThroughBLASMatchANaiveSum() {
        var random = RandomSource(seed: 12)
        var m = Matrix(rows: 37, columns: 11)
        for i in 0..<m.count { m.storage[i] = Float(random.nextNormal()) }
        var sums: [Float] = [], ones: [Float] = []
        m.sumOverRows(into: &sums, ones: &ones)
        let naive = (0..<11).map { c in (0..<37).reduce(Float(0)) { $0 + m[$1, c] } }
        #expect(zip(sums, naive).allSatisfy { abs($0 - $1) < 1e-4 })
        let empty = Matrix(rows: 0, columns: 3)
        empty.sumOverRows(into: &sums, ones: &ones)
        #expect(sums == [0, 0, 0])
    }
}
