import NNLab

/// Where a second BLAS thread starts to pay: square products timed at one thread and at
/// every core, around the policy's `ThreadPolicy.threadedMultiplyAdds`.
enum ThreadBenchmark {
    static func crossover() -> [String] {
        var random = RandomSource(seed: 4)
        var cells: [String] = []
        for size in [64, 96, 128, 160, 256] {
            let a = GemmBenchmark.randomMatrix(rows: size, columns: size, random: &random)
            let b = GemmBenchmark.randomMatrix(rows: size, columns: size, random: &random)
            var c = Matrix(rows: 0, columns: 0)
            let repeats = max(4, 40_000_000 / (size * size * size))
            let time = { (policy: ThreadPolicy) in
                ThreadPolicy.$current.withValue(policy) {
                    Matrix.multiply(a, b, into: &c)
                    return medianSeconds(repeats: 5) { for _ in 0..<repeats { Matrix.multiply(a, b, into: &c) } }
                }
            }
            let one = time(.fixed(1)), all = time(.fixed(ThreadPolicy.cores))
            cells.append("\(size)³ = \(fixed(Double(size * size * size) / 1e6, 2))M: \(fixed(one / all, 2))x")
        }
        return ["  \(ThreadPolicy.cores) threads against 1, by multiply-adds a product (the policy threads from "
                + "\(ThreadPolicy.threadedMultiplyAdds / 1_000_000)M): " + cells.joined(separator: ", ")]
    }
}
