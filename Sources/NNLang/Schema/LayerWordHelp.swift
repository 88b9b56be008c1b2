/// What each layer word of `model` means, for `help model`; a test holds it to the words
/// and defaults the parser uses.
public struct LayerWordHelp: Sendable {
    /// The word as typed, with its default argument when it takes one: `dropout(0.5)`.
    public let form: String
    /// What the layer does.
    public let meaning: String

    public static let all = [
        LayerWordHelp(form: "relu", meaning: "max(0, x)"),
        LayerWordHelp(form: "tanh", meaning: "hyperbolic tangent, in (-1, 1)"),
        LayerWordHelp(form: "sigmoid", meaning: "1 / (1 + e^-x), in (0, 1)"),
        LayerWordHelp(form: "leaky", meaning: "x, or 0.01·x below 0 (PyTorch's default slope, the only one)"),
        LayerWordHelp(form: "elu", meaning: "x, or e^x - 1 below 0 (alpha 1, the only one)"),
        LayerWordHelp(form: "gelu", meaning: "x·Φ(x), PyTorch's exact form"),
        LayerWordHelp(form: "batchnorm", meaning: "normalize each unit over the batch; running statistics to evaluate"),
        LayerWordHelp(form: "dropout(0.5)", meaning: "training only: drop each unit with probability p (here 0.5), scale by 1/(1-p)"),
    ]

    /// The word without its argument.
    public var word: String { String(form.prefix { $0 != "(" }) }
}
