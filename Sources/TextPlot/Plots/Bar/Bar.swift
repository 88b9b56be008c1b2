/// One bar: a label and a value.
public struct Bar: Sendable {
    /// The label at the left.
    public var label: String
    /// The value; NaN and ±Inf are shown as text without a bar.
    public var value: Double

    /// A labelled bar.
    public init(label: String, value: Double) {
        self.label = label
        self.value = value
    }
}
