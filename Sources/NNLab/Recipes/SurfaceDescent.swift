/// An optimizer's walk over a `Surface`: the real optimizer (the one `train` uses, with
/// PyTorch's update rule) on a single two-element parameter tensor [x, y], fed the
/// surface's exact gradient at a constant learning rate.
///
///     let walk = SurfaceDescent.run(on: Surface(.ravine), from: Surface(.ravine).start,
///                                   optimizer: .sgd(SGDSettings(learningRate: 0.05)), steps: 50)
///
/// The walk stops early when a step lands on a non-finite point or loss, or far outside
/// the surface's window (`Surface.isFarOutside`); it keeps every finite point it reached.
public struct SurfaceDescent: Equatable, Sendable {
    /// Why the walk ended.
    public enum Stop: Equatable, Sendable {
        /// Every step was taken.
        case completed
        /// The step with this number gave a non-finite point or loss (not kept).
        case nonFinite(step: Int)
        /// The step with this number left the window far behind (kept).
        case farOutside(step: Int)
    }

    /// The start, then the point after each step taken.
    public let points: [PlanePoint]
    /// f at each point of `points`.
    public let losses: [Double]
    /// Why the walk ended.
    public let stop: Stop

    /// The steps taken whose point is kept.
    public var stepsTaken: Int { points.count - 1 }
    /// The last point reached.
    public var end: PlanePoint { points[points.count - 1] }
    /// f at the last point.
    public var finalLoss: Double { losses[losses.count - 1] }

    /// Walks `steps` steps of `settings`' optimizer from `start`.
    public static func run(on surface: Surface, from start: PlanePoint, optimizer settings: OptimizerSettings,
                           steps: Int) -> SurfaceDescent {
        var optimizer = settings.makeOptimizer()
        let learningRate = Float(settings.learningRate)
        var theta = [Float(start.x), Float(start.y)]
        let first = PlanePoint(x: Double(theta[0]), y: Double(theta[1]))
        var points = [first], losses = [surface.value(at: first)]
        var stop = Stop.completed
        for step in stride(from: 1, through: steps, by: 1) {
            let gradient = surface.gradient(at: points[points.count - 1])
            optimizer.update(slot: 0, parameter: &theta, gradient: [Float(gradient.x), Float(gradient.y)],
                             learningRate: learningRate)
            let point = PlanePoint(x: Double(theta[0]), y: Double(theta[1]))
            let loss = surface.value(at: point)
            guard point.isFinite, loss.isFinite else {
                stop = .nonFinite(step: step)
                break
            }
            points.append(point)
            losses.append(loss)
            if surface.isFarOutside(point) {
                stop = .farOutside(step: step)
                break
            }
        }
        return SurfaceDescent(points: points, losses: losses, stop: stop)
    }
}
