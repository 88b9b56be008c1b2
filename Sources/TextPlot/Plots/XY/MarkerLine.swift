/// A labelled vertical or horizontal line across the plot area (e.g. a suggested
/// learning rate, the best-validation epoch).
public struct MarkerLine: Sendable {
    /// Which way the line runs.
    public enum Direction: Sendable {
        /// A vertical line at an x value.
        case vertical
        /// A horizontal line at a y value.
        case horizontal
    }

    /// Which way the line runs.
    public var direction: Direction
    /// The x (vertical) or y (horizontal) value.
    public var value: Double
    /// The label written beside the line.
    public var label: String

    /// A vertical line at `x`.
    public static func vertical(at x: Double, label: String) -> MarkerLine {
        MarkerLine(direction: .vertical, value: x, label: label)
    }

    /// A horizontal line at `y`.
    public static func horizontal(at y: Double, label: String) -> MarkerLine {
        MarkerLine(direction: .horizontal, value: y, label: label)
    }
}
