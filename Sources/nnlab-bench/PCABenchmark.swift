import NNLab

/// PCA 784 → 50 on 60,000 Gaussian samples (MNIST's training set shape), beside numpy.
enum PCABenchmark {
    static func run(threads: Int) -> [String] {
        let (samples, features, components) = (60_000, 784, 50)
        var random = RandomSource(seed: 5)
        var x = Matrix(rows: samples, columns: features)
        for i in 0..<(samples * features) { x.storage[i] = Float(random.nextNormal()) }
        var failure: String?
        let seconds = medianSeconds(repeats: 3) {
            do { _ = try Preprocessing.fit(.pca(components: components), to: x) } catch { failure = "\(error)" }
        }
        var lines = ["  pca \(features) -> \(components) on \(samples) samples: \(fixed(seconds, 3)) s (target < 1 s)"]
        if let failure { lines.append("    failed: \(failure)") }
        if let numpy = PythonPeers.pcaSeconds(samples: samples, features: features, components: components, threads: threads) {
            lines.append("    numpy: \(fixed(numpy, 3)) s; nnlab / numpy time = \(fixed(seconds / numpy, 2))x")
        } else {
            lines.append("    numpy: not available (python3 with numpy not found)")
        }
        return lines
    }
}
