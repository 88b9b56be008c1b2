/// What an `init` command chose: one initializer per linear layer, in order, so a model
/// built afresh from the same layers (an ensemble's member) starts the same way.
public struct InitializationScheme: Equatable, Sendable {
    /// How messages name it: `he`, `normal std=0.01`.
    public var name: String
    /// The initializer of each linear layer.
    public var perLinearLayer: [Initializer]

    /// A scheme.
    public init(name: String, perLinearLayer: [Initializer]) {
        self.name = name
        self.perLinearLayer = perLinearLayer
    }
}
