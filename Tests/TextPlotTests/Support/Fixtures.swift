import Foundation
@testable import TextPlot

/// Deterministic data sets for goldens and the documentation examples.
enum Fixtures {
    /// A noisy, decaying training loss over `steps` steps.
    static func noisyLoss(steps: Int = 400, seed: UInt64 = 1) -> [Double] {
        var rng = SeededGenerator(seed: seed)
        return (0..<steps).map { i in
            let t = Double(i)
            return 0.08 + 2.2 * exp(-t / 70) + 0.12 * abs(rng.normal()) * exp(-t / 300)
        }
    }

    /// An LR-finder sweep: learning rates on a log grid and a loss that dips then explodes.
    static func lrFinder(points: Int = 100) -> (lr: [Double], loss: [Double]) {
        var rng = SeededGenerator(seed: 7)
        let lrs = (0..<points).map { pow(10, -6 + 6 * Double($0) / Double(points - 1)) }
        let loss = lrs.map { lr -> Double in
            let e = log10(lr)
            let dip = 2.3 - 1.6 / (1 + exp(-(e + 3.8) * 3))
            let blow = e > -1.3 ? exp((e + 1.3) * 4) - 1 : 0
            return dip + blow + 0.03 * rng.normal()
        }
        let best = loss.min() ?? 0
        let stop = loss.firstIndex { $0 > 4 * best } ?? loss.count
        return (Array(lrs[..<stop]), Array(loss[..<stop]))
    }

    /// Activations of ten tanh layers whose spread grows with depth (saturating).
    static func activations(layers: Int = 10, perLayer: Int = 2000) -> [[Double]] {
        var rng = SeededGenerator(seed: 3)
        return (0..<layers).map { layer in
            let scale = 0.3 + 0.35 * Double(layer)
            return (0..<perLayer).map { _ in tanh(scale * rng.normal()) }
        }
    }

    /// A random search: log-uniform learning rates and the accuracy each reached.
    static func randomSearch(trials: Int = 40) -> (lr: [Double], accuracy: [Double]) {
        var rng = SeededGenerator(seed: 11)
        let lrs = (0..<trials).map { _ in pow(10, rng.uniform(-5 ... -0.5)) }
        let acc = lrs.map { lr -> Double in
            let d = log10(lr) + 2.5
            return min(0.99, 0.97 - 0.08 * d * d + 0.02 * rng.normal())
        }
        return (lrs, acc)
    }

    /// A two-arm spiral: points and class labels.
    static func spiral(perClass: Int = 60) -> [(x: Double, y: Double, label: Int)] {
        var rng = SeededGenerator(seed: 5)
        var points: [(x: Double, y: Double, label: Int)] = []
        for label in 0..<2 {
            for i in 0..<perClass {
                let r = Double(i) / Double(perClass)
                let angle = 4 * r + Double(label) * Double.pi + 0.15 * rng.normal()
                points.append((r * sin(angle), r * cos(angle), label))
            }
        }
        return points
    }

    /// The class a "trained" spiral classifier predicts at (x, y): the nearer arm.
    static func spiralClass(x: Double, y: Double) -> Int {
        let r = (x * x + y * y).squareRoot()
        let angle = atan2(x, y)
        let arm0 = 4 * r
        let diff = remainder(angle - arm0, 2 * Double.pi)
        return abs(diff) < Double.pi / 2 ? 0 : 1
    }

    /// The Rosenbrock-like valley f(x, y) = (1 − x)² + 5(y − x²)² on a grid.
    static func valley(columns: Int = 60, rows: Int = 40) -> [Double] {
        var values: [Double] = []
        for row in 0..<rows {
            let y = -1 + 3 * Double(row) / Double(rows - 1)
            for column in 0..<columns {
                let x = -2 + 4 * Double(column) / Double(columns - 1)
                values.append((1 - x) * (1 - x) + 5 * (y - x * x) * (y - x * x))
            }
        }
        return values
    }

    /// A gradient-descent path on the valley from (-1.5, 2).
    static func valleyPath(steps: Int = 60) -> [(x: Double, y: Double)] {
        var x = -1.5, y = 2.0
        var path = [(x, y)]
        for _ in 0..<steps {
            let gx = -2 * (1 - x) - 20 * x * (y - x * x), gy = 10 * (y - x * x)
            x -= 0.02 * gx
            y -= 0.02 * gy
            path.append((x, y))
        }
        return path
    }
}
