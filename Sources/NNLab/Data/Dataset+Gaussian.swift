/// The XOR set and Gaussian classes in any number of dimensions.
extension Dataset {
    /// XOR: class 0 uniform in the quadrants where x and y share a sign, class 1 where
    /// they differ, each point in `[-1, 1]²` plus `noise·randn` per coordinate.
    public static func xor(points: Int = 100, classes: Int = 2, noise: Double = 0.1,
                           random: inout RandomSource) throws(DataError) -> Dataset {
        guard classes == 2 else {
            throw .invalidOption(name: "classes", value: "\(classes)", expected: "2 (xor has two classes)")
        }
        let total = try DataLimits.checkedTotal(points: points, classes: 2, features: 2, what: "xor")
        try checkNoise(noise)
        return try twoDimensional(name: "xor", points: points, classes: 2, total: total,
                                  summary: "xor, \(points) points × 2 classes, noise \(noise)") { j, _ in
            let signX: Double = random.nextInt(below: 2) == 0 ? 1 : -1
            let signY = j == 0 ? signX : -signX
            let x = signX * random.nextUniform() + noise * random.nextNormal()
            let y = signY * random.nextUniform() + noise * random.nextNormal()
            return (x, y)
        }
    }

    /// Gaussian classes in `dims` dimensions: each class mean drawn from
    /// `N(0, separation²·I)`, samples `N(mean, noise²·I)` (unit noise by default).
    /// Any size within the memory limit: for initialization experiments and benchmarks.
    public static func gaussian(points: Int = 100, classes: Int = 10, dims: Int = 500,
                                separation: Double = 1, noise: Double = 1,
                                random: inout RandomSource) throws(DataError) -> Dataset {
        let total = try DataLimits.checkedTotal(points: points, classes: classes, features: dims, what: "gaussian")
        try checkNoise(noise)
        try checkNoise(separation, name: "separation")
        var means = [Double](repeating: 0, count: classes * dims)
        for k in means.indices { means[k] = separation * random.nextNormal() }
        var x = Matrix(rows: total, columns: dims)
        var labels = [Int](repeating: 0, count: total)
        x.storage.withUnsafeMutableBufferPointer { p in
            for j in 0..<classes {
                for i in 0..<points {
                    let row = j * points + i
                    labels[row] = j
                    for d in 0..<dims { p[row * dims + d] = Float(means[j * dims + d] + noise * random.nextNormal()) }
                }
            }
        }
        return try Dataset(name: "gaussian", summary: "gaussian, \(points) points × \(classes) classes in \(dims) dims",
                           features: x, labels: labels, classCount: classes)
    }
}
