/// A data point with a class label.
public struct LabeledPoint: Sendable {
    /// The x value.
    public var x: Double
    /// The y value.
    public var y: Double
    /// The class, from 0.
    public var label: Int

    /// A labelled point.
    public init(x: Double, y: Double, label: Int) {
        self.x = x
        self.y = y
        self.label = label
    }
}
