/// How values are grouped into histogram bins.
public enum Binning: Sendable {
    /// Sturges' rule, ⌈log₂ n⌉ + 1 bins, widened to a 1-2-5 step.
    case sturges
    /// About this many bins, widened to a 1-2-5 step.
    case count(Int)
    /// Exactly these increasing edges.
    case edges([Double])
}
