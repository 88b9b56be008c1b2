import NNLab

/// sgemm throughput for the shapes a training step meets.
enum GemmBenchmark {
    static let shapes: [(m: Int, k: Int, n: Int)] = [(64, 64, 128), (128, 784, 512), (128, 512, 512), (512, 512, 512)]

    static func run() -> [String] {
        var random = RandomSource(seed: 1)
        return shapes.map { shape in
            let a = randomMatrix(rows: shape.m, columns: shape.k, random: &random)
            let b = randomMatrix(rows: shape.k, columns: shape.n, random: &random)
            var c = Matrix(rows: 0, columns: 0)
            let flops = 2.0 * Double(shape.m * shape.k * shape.n)
            let inner = max(1, Int(2e9 / flops / 20))
            let seconds = medianSeconds(repeats: 7) { for _ in 0..<inner { Matrix.multiply(a, b, into: &c) } } / Double(inner)
            return "  sgemm \(shape.m)x\(shape.k)x\(shape.n): \(fixed(flops / seconds / 1e9)) GFLOP/s"
        }
    }

    static func randomMatrix(rows: Int, columns: Int, random: inout RandomSource) -> Matrix {
        var m = Matrix(rows: rows, columns: columns)
        for i in 0..<m.count { m.storage[i] = Float(random.nextNormal()) }
        return m
    }
}
