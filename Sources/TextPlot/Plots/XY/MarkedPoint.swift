/// A point singled out on an x–y plot (e.g. the best trial of a search).
public struct MarkedPoint: Sendable {
    /// The x value.
    public var x: Double
    /// The y value.
    public var y: Double
    /// The label written beside the point.
    public var label: String

    /// A marked point.
    public init(x: Double, y: Double, label: String) {
        self.x = x
        self.y = y
        self.label = label
    }
}
