/// An update rule owning its state per parameter tensor ("slot").
public protocol Optimizer: Sendable {
    /// Applies one update to the parameter tensor numbered `slot`, in place.
    mutating func update(slot: Int, parameter: inout [Float], gradient: [Float], learningRate: Float)
}
