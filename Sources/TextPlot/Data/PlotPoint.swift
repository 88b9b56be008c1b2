/// A point in data coordinates.
public struct PlotPoint: Sendable, Equatable {
    /// The x value.
    public var x: Double
    /// The y value.
    public var y: Double

    /// A point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
