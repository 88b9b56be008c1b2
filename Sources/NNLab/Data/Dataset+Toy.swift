import Elementary
import Foundation

/// The two-dimensional teaching sets: spiral, blobs, circles and moons.
///
/// `points` is per class; samples come class by class (all of class 0 first).
/// Every generator draws only from the `random` source it is given.
extension Dataset {
    /// cs231n's spiral: for class j, `r = linspace(0, 1, N)`,
    /// `t = linspace(4j, 4(j+1), N) + noise·randn`, `x = (r sin t, r cos t)`.
    public static func spiral(points: Int = 100, classes: Int = 3, noise: Double = 0.2,
                              random: inout RandomSource) throws(DataError) -> Dataset {
        let total = try DataLimits.checkedTotal(points: points, classes: classes, features: 2, what: "spiral")
        try checkNoise(noise)
        var x = Matrix(rows: total, columns: 2)
        var labels = [Int](repeating: 0, count: total)
        for j in 0..<classes {
            for i in 0..<points {
                let r = linspace(0, 1, count: points, at: i)
                let t = linspace(4 * Double(j), 4 * Double(j + 1), count: points, at: i) + noise * random.nextNormal()
                let row = j * points + i
                x[row, 0] = Float(r * Math.sin(t))
                x[row, 1] = Float(r * Math.cos(t))
                labels[row] = j
            }
        }
        return try Dataset(name: "spiral", summary: "cs231n spiral, \(points) points × \(classes) classes, noise \(noise)",
                           features: x, labels: labels, classCount: classes)
    }

    /// Gaussian blobs: class centres evenly spaced on a circle of radius 2 (turned by a
    /// random angle), each class `N(centre, noise²·I)`.
    public static func blobs(points: Int = 100, classes: Int = 3, noise: Double = 0.5,
                             random: inout RandomSource) throws(DataError) -> Dataset {
        let total = try DataLimits.checkedTotal(points: points, classes: classes, features: 2, what: "blobs")
        try checkNoise(noise)
        let turn = random.nextUniform(in: 0, 2 * Double.pi)
        return try twoDimensional(name: "blobs", points: points, classes: classes, total: total,
                                  summary: "blobs, \(points) points × \(classes) classes, noise \(noise)") { j, _ in
            let angle = turn + 2 * Double.pi * Double(j) / Double(classes)
            return (2 * Math.cos(angle) + noise * random.nextNormal(), 2 * Math.sin(angle) + noise * random.nextNormal())
        }
    }

    /// Concentric rings, uniform angle, plus `noise·randn` on each coordinate: class j at
    /// radius (j+1)/classes, or, given `factor` (scikit-learn's `make_circles`: inner over
    /// outer radius), from `factor` for class 0 up to 1 for the last, evenly spaced.
    public static func circles(points: Int = 100, classes: Int = 2, noise: Double = 0.05, factor: Double? = nil,
                               random: inout RandomSource) throws(DataError) -> Dataset {
        let total = try DataLimits.checkedTotal(points: points, classes: classes, features: 2, what: "circles")
        try checkNoise(noise)
        return try twoDimensional(name: "circles", points: points, classes: classes, total: total,
                                  summary: "circles, \(points) points × \(classes) classes, noise \(noise)") { j, _ in
            let radius = factor.map { classes == 1 ? 1 : $0 + (1 - $0) * Double(j) / Double(classes - 1) }
                ?? Double(j + 1) / Double(classes)
            let angle = random.nextUniform(in: 0, 2 * Double.pi)
            return (radius * Math.cos(angle) + noise * random.nextNormal(), radius * Math.sin(angle) + noise * random.nextNormal())
        }
    }

    /// scikit-learn's `make_moons`: two interleaved half circles, `linspace(0, π)` angles,
    /// plus `noise·randn` on each coordinate. Always two classes.
    public static func moons(points: Int = 100, classes: Int = 2, noise: Double = 0.1,
                             random: inout RandomSource) throws(DataError) -> Dataset {
        guard classes == 2 else {
            throw .invalidOption(name: "classes", value: "\(classes)", expected: "2 (moons has two classes)")
        }
        let total = try DataLimits.checkedTotal(points: points, classes: 2, features: 2, what: "moons")
        try checkNoise(noise)
        return try twoDimensional(name: "moons", points: points, classes: 2, total: total,
                                  summary: "moons, \(points) points × 2 classes, noise \(noise)") { j, i in
            let t = linspace(0, Double.pi, count: points, at: i)
            let (x, y) = j == 0 ? (Math.cos(t), Math.sin(t)) : (1 - Math.cos(t), 0.5 - Math.sin(t))
            return (x + noise * random.nextNormal(), y + noise * random.nextNormal())
        }
    }

    /// Builds a 2-feature set, class by class, from a point maker taking (class, index).
    static func twoDimensional(name: String, points: Int, classes: Int, total: Int, summary: String,
                               point: (Int, Int) -> (Double, Double)) throws(DataError) -> Dataset {
        var x = Matrix(rows: total, columns: 2)
        var labels = [Int](repeating: 0, count: total)
        for j in 0..<classes {
            for i in 0..<points {
                let (a, b) = point(j, i)
                let row = j * points + i
                x[row, 0] = Float(a)
                x[row, 1] = Float(b)
                labels[row] = j
            }
        }
        return try Dataset(name: name, summary: summary, features: x, labels: labels, classCount: classes)
    }

    /// Element `i` of numpy's `linspace(start, stop, count)` (endpoint included).
    static func linspace(_ start: Double, _ stop: Double, count: Int, at i: Int) -> Double {
        count <= 1 ? start : start + (stop - start) * Double(i) / Double(count - 1)
    }

    /// Throws unless `value` lies in `0...limit` (the bound keeps the data finite in `Float`).
    static func checkNoise(_ value: Double, name: String = "noise", limit: Double = 1000) throws(DataError) {
        guard value >= 0, value <= limit else {
            throw .invalidOption(name: name, value: "\(value)", expected: "a number from 0 to \(Int(limit))")
        }
    }
}
