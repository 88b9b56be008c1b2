/// How a gradient check's largest relative error reads (cs231n's thresholds).
public enum GradientVerdict: String, Sendable, Equatable {
    /// Below 1e-7: the analytic gradient is right.
    case excellent
    /// Below 1e-4: right, with the small errors that kinks (ReLU) cause.
    case acceptable
    /// 1e-4 to 1e-2: suspicious unless the network has many kinks.
    case doubtful
    /// Above 1e-2: the analytic gradient is wrong.
    case wrong

    /// The verdict for a relative error.
    public init(relativeError: Double) {
        switch relativeError {
        case ..<1e-7: self = .excellent
        case ..<1e-4: self = .acceptable
        case ...1e-2: self = .doubtful
        default: self = .wrong
        }
    }
}

/// The result for one parameter tensor.
public struct TensorGradientCheck: Sendable, Equatable {
    /// The tensor's PyTorch name, e.g. `0.weight`.
    public var name: String
    /// Its layer index.
    public var layer: Int
    /// How many of its elements were perturbed.
    public var elementsChecked: Int
    /// How many elements it has.
    public var elementCount: Int
    /// Largest `|a−n| / max(|a|, |n|, 1e-8)` between the Double analytic gradient and the
    /// centered difference (0 where |a−n| is within the difference's rounding noise).
    public var relativeError: Double
    /// The same error for the Float32 training path's analytic gradient.
    public var float32RelativeError: Double
}

/// The outcome of `GradientCheck.run`.
public struct GradientCheckResult: Sendable, Equatable {
    /// One entry per parameter tensor, in layer order (only those reached, if interrupted).
    public var tensors: [TensorGradientCheck]
    /// The entries the check set out to perturb, over all tensors.
    public var entriesPlanned = 0
    /// The entries perturbed.
    public var entriesChecked: Int { tensors.reduce(0) { $0 + $1.elementsChecked } }
    /// Whether every planned entry was checked (false after an interruption).
    public var isComplete: Bool { entriesChecked == entriesPlanned }
    /// The largest rounding noise of a centered difference: a few ulps of the loss over 2h.
    public var largestRoundingNoise = 0.0
    /// The largest rounding noise relative to the gradient entry it came with. Near
    /// 1e-4 or above, the noise can hide real errors: the step h is too small.
    public var largestNoiseRatio = 0.0
    /// The largest relative error over all tensors (published as `grad_error`).
    public var maxRelativeError: Double { tensors.map(\.relativeError).max() ?? 0 }
    /// The verdict for the largest error.
    public var verdict: GradientVerdict { GradientVerdict(relativeError: maxRelativeError) }
}

/// Options of the gradient check.
public struct GradientCheckOptions: Sendable {
    /// The centered-difference step h.
    public var step: Double = 1e-5
    /// Whether dropout layers drop (with one fixed mask) during the check.
    public var isDropoutEnabled = false
    /// Whether the loss's L2/L1 penalties are included (cs231n checks without them).
    public var includesPenalty = false
    /// At most this many elements are perturbed per tensor (chosen at random beyond it).
    public var maxElementsPerTensor = 400
    /// The most entries `check gradients` perturbs per tensor unless told otherwise: cs231n's
    /// sparse check takes a handful, since a wrong formula is wrong almost everywhere.
    public static let defaultEntriesPerTensor = 20

    /// The defaults: h = 1e-5, dropout and penalties off.
    public init() {}
}

/// `|a − n| / max(|a|, |n|, 1e-8)`: the floor keeps dead units from giving 0/0.
public func relativeError(_ a: Double, _ n: Double) -> Double {
    abs(a - n) / max(abs(a), abs(n), 1e-8)
}
