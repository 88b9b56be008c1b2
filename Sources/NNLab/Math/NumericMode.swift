/// How matrix products are computed.
///
/// `fast` (the default) hands them to OpenBLAS, whose kernel (chosen for the CPU at run
/// time) decides the order of the additions, so the last bits differ between machines
/// and training amplifies them. `portable` uses kernels of ours that add in one fixed
/// order (for every `c[i][j]`, `p = 0, 1, …, k−1`), and Jacobi instead of LAPACK for
/// eigenvectors: the same bits on every machine, a few times slower.
///
/// The mode is a task-local value rather than a global, so concurrent sessions (tests
/// run in parallel) each see their own: `NumericMode.$current.withValue(.portable) { … }`.
public enum NumericMode: String, Sendable {
    case fast
    case portable

    /// The mode for the code running now.
    @TaskLocal public static var current: NumericMode = .fast
}
