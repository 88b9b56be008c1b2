import Foundation
import MallocInterposerSwift

/// Makes the malloc interposer count: it only sees allocations when its library is
/// preloaded, so the benchmark re-executes itself once with LD_PRELOAD set.
enum AllocationCounter {
    static let marker = "NNLAB_BENCH_PRELOADED"

    static var isActive: Bool { ProcessInfo.processInfo.environment[marker] != nil }

    /// The number of mallocs `body` makes.
    static func count(_ body: () -> Void) -> Int {
        MallocInterposerSwift.reset()
        MallocInterposerSwift.hook()
        body()
        MallocInterposerSwift.unhook()
        return Int(MallocInterposerSwift.getStatistics().mallocCount)
    }

    /// Whether the counter sees allocations: ten fresh arrays must count at least ten.
    static func selfTest() -> Int {
        var sink = 0
        let counted = count {
            for i in 0..<10 { sink &+= [Int](repeating: i, count: 1000 + i).count }
        }
        return sink > 0 ? counted : 0
    }

    /// Re-executes the benchmark with the interposer preloaded, if it is not yet.
    static func preloadIfNeeded() {
        guard !isActive else {
            MallocInterposerSwift.initialize()
            return
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let library = executable.deletingLastPathComponent().appendingPathComponent("libMallocInterposerSwift.so").path
        guard FileManager.default.fileExists(atPath: library) else { return }
        setenv("LD_PRELOAD", library, 1)
        setenv(marker, "1", 1)
        let arguments = CommandLine.arguments.map { strdup($0) } + [nil]
        execv(executable.path, arguments)
    }
}
