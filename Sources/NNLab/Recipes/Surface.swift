/// A point of the plane an optimizer walks on: its two parameters.
public struct PlanePoint: Equatable, Sendable {
    /// The first parameter.
    public var x: Double
    /// The second parameter.
    public var y: Double

    /// A point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// Whether both coordinates are finite.
    public var isFinite: Bool { x.isFinite && y.isFinite }

    /// The Euclidean distance to another point.
    public func distance(to other: PlanePoint) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }
}

/// A two-parameter loss surface for watching optimizers walk: its value and gradient
/// everywhere, where a walk starts, the window worth drawing, and its critical point.
///
///     ravine, quadratic   ½(x² + K·y²)              minimum 0 at (0, 0), start (−4, 1)
///     saddle              x² − y²                   saddle point at (0, 0), start (−2, 0.001)
///     rosenbrock          (1 − x)² + 100(y − x²)²   minimum 0 at (1, 1), start (−1.5, 2)
///
/// K is the condition number: the curvature across the valley over the curvature along
/// it. `ravine` and `quadratic` are the same family; they differ only in their default K
/// (a narrow valley against a round bowl).
public struct Surface: Equatable, Sendable {
    /// Which surface.
    public enum Kind: String, Equatable, Sendable, CaseIterable {
        case ravine, quadratic, saddle, rosenbrock
    }

    /// The surface's kind.
    public let kind: Kind
    /// K of ½(x² + K·y²); 1 for the surfaces without one.
    public let condition: Double

    /// The default K of `ravine`: a valley whose walls are 20 times steeper than its floor.
    public static let ravineCondition = 20.0
    /// The default K of `quadratic`: a round bowl.
    public static let quadraticCondition = 1.0

    /// A surface; `condition` is used by `ravine` and `quadratic` only and must be positive.
    public init(_ kind: Kind, condition: Double? = nil) {
        precondition(condition.map { $0 > 0 && $0.isFinite } ?? true, "condition number must be positive")
        self.kind = kind
        switch kind {
        case .ravine: self.condition = condition ?? Self.ravineCondition
        case .quadratic: self.condition = condition ?? Self.quadraticCondition
        case .saddle, .rosenbrock: self.condition = 1
        }
    }

    /// Whether the surface takes a condition number.
    public var hasCondition: Bool { kind == .ravine || kind == .quadratic }

    /// f at a point.
    public func value(at p: PlanePoint) -> Double {
        switch kind {
        case .ravine, .quadratic: 0.5 * (p.x * p.x + condition * p.y * p.y)
        case .saddle: p.x * p.x - p.y * p.y
        case .rosenbrock: (1 - p.x) * (1 - p.x) + 100 * (p.y - p.x * p.x) * (p.y - p.x * p.x)
        }
    }

    /// ∇f at a point.
    public func gradient(at p: PlanePoint) -> PlanePoint {
        switch kind {
        case .ravine, .quadratic: PlanePoint(x: p.x, y: condition * p.y)
        case .saddle: PlanePoint(x: 2 * p.x, y: -2 * p.y)
        case .rosenbrock:
            PlanePoint(x: -2 * (1 - p.x) - 400 * p.x * (p.y - p.x * p.x), y: 200 * (p.y - p.x * p.x))
        }
    }

    /// Where a walk starts unless told otherwise.
    public var start: PlanePoint {
        switch kind {
        case .ravine, .quadratic: PlanePoint(x: -4, y: 1)
        case .saddle: PlanePoint(x: -2, y: 1e-3)
        case .rosenbrock: PlanePoint(x: -1.5, y: 2)
        }
    }

    /// The minimum, or for the saddle its saddle point.
    public var criticalPoint: PlanePoint {
        kind == .rosenbrock ? PlanePoint(x: 1, y: 1) : PlanePoint(x: 0, y: 0)
    }

    /// Whether f has a minimum (the saddle falls without bound along y).
    public var isBoundedBelow: Bool { kind != .saddle }

    /// The rectangle worth drawing: the start, the critical point and the walls between.
    /// For ½(x² + K·y²) it narrows with K, from ±5 for a round bowl to ±1.5 for a steep ravine.
    public var window: (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        switch kind {
        case .ravine, .quadratic:
            let half = min(5, max(1.5, 5 / condition.squareRoot()))
            return (-5...5, -half...half)
        case .saddle: return (-2.5...2.5, -2...2)
        case .rosenbrock: return (-2...2, -1...3)
        }
    }

    /// Whether a point has left the window far behind: farther from its centre than a
    /// thousand times its half-size, in either direction. A walk that does so diverged
    /// (or, on the saddle, escaped downhill for good).
    public func isFarOutside(_ p: PlanePoint) -> Bool {
        let (xs, ys) = window
        let cx = (xs.lowerBound + xs.upperBound) / 2, cy = (ys.lowerBound + ys.upperBound) / 2
        return abs(p.x - cx) > 500 * (xs.upperBound - xs.lowerBound)
            || abs(p.y - cy) > 500 * (ys.upperBound - ys.lowerBound)
    }
}
