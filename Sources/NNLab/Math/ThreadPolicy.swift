import CBLAS
import Foundation

/// How many BLAS threads a matrix product gets. Automatically: one below
/// `threadedMultiplyAdds` multiply-adds, where waking a second thread costs more than it
/// saves, and every core above it; or a count the user fixed (`set threads=N`,
/// `NNLAB_THREADS`). The choice depends on the shapes and the core count only, never on
/// the machine's load, so a run repeats on a machine; some OpenBLAS kernels (Haswell)
/// split a product's sums between threads, so its last bits may change with the count.
public enum ThreadPolicy: Sendable, Equatable, CustomStringConvertible {
    case automatic
    case fixed(Int)

    /// The policy for the code running now; search and ensemble workers run with `.fixed(1)`.
    @TaskLocal public static var current: ThreadPolicy = environment ?? .automatic

    /// The products below this many multiply-adds (m·n·k) run on one thread. Measured on
    /// a 2-core machine (`nnlab-bench threads`): two threads first pay off at about 2M.
    public static let threadedMultiplyAdds = 2_000_000

    /// The cores of this machine.
    public static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `NNLAB_THREADS`: `auto` or a whole number from 1; nil when unset or not one of those.
    public static let environment: ThreadPolicy? = ThreadPolicy(parsing: ProcessInfo.processInfo.environment["NNLAB_THREADS"])

    /// `auto`, or a whole number of threads from 1 to 256.
    public init?(parsing text: String?) {
        guard let text else { return nil }
        if text == "auto" { self = .automatic; return }
        guard let count = Int(text), (1...256).contains(count) else { return nil }
        self = .fixed(count)
    }

    /// The threads for a product of `multiplyAdds` multiply-adds.
    public func threads(multiplyAdds: Int) -> Int {
        switch self {
        case .automatic: return multiplyAdds < Self.threadedMultiplyAdds ? 1 : Self.cores
        case .fixed(let count): return count
        }
    }

    /// For `show config`; no core count, so a transcript reads the same on every machine.
    public var description: String {
        switch self {
        case .automatic: return "auto (1 thread below 2M multiply-adds a product, one per core above)"
        case .fixed(let count): return "\(count)"
        }
    }
}

/// The BLAS thread count. OpenBLAS keeps one count for the whole process; each product
/// sets the count its policy gives before it starts.
public enum BLASThreads {
    /// Sets the number of threads OpenBLAS uses.
    public static func set(_ count: Int) { openblas_set_num_threads(Int32(count)) }
    /// The number of threads OpenBLAS uses.
    public static var current: Int { Int(openblas_get_num_threads()) }
    /// The kernel OpenBLAS chose for this processor (or `OPENBLAS_CORETYPE`), e.g. `Haswell`.
    public static var kernel: String { openblas_get_corename().map { String(cString: $0) } ?? "unknown" }

    /// Sets the count the current policy gives a product of `multiplyAdds`, when it differs.
    @inline(__always)
    static func prepare(multiplyAdds: Int) {
        let wanted = ThreadPolicy.current.threads(multiplyAdds: multiplyAdds)
        if current != wanted { set(wanted) }
    }
}
