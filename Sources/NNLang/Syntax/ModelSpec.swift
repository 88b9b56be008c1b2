/// A layer word after a size: `relu`, `batchnorm`, `dropout(0.5)`, `leaky(0.1)`.
public struct LayerWord: Equatable, Sendable {
    /// The word as typed.
    public var name: String
    /// The parenthesized argument, if any.
    public var argument: Expr?
    /// Where the word (and its argument) is.
    public var range: SourceRange
}

/// One stage of a model description, between arrows.
public indirect enum ModelStage: Equatable, Sendable {
    /// A size followed by layer words in the order they apply: `100 relu dropout(0.5)`.
    case layer(size: Expr, words: [LayerWord], range: SourceRange)
    /// `(500 tanh)*10`, or `(100 relu -> 50 relu)*2`: stages repeated.
    case repeated([ModelStage], count: Expr, range: SourceRange)

    /// Where the stage is.
    public var range: SourceRange {
        switch self {
        case .layer(_, _, let range), .repeated(_, _, let range): range
        }
    }
}

/// `2 -> 100 relu -> 3` as parsed: stages joined by `->`, the first being the input size.
public struct ModelSpec: Equatable, Sendable {
    /// The stages in order.
    public var stages: [ModelStage]
    /// The whole description.
    public var range: SourceRange
}
