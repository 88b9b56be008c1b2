import Foundation

/// Runs independent pieces of work (search trials) on several threads at once.
///
/// Each piece runs with one BLAS thread (`ThreadPolicy.fixed(1)`), so the results are the
/// same whatever the number of workers or cores, and a piece never waits for a product
/// threaded across cores that the other workers already occupy.
public enum ParallelTrials {
    /// The workers used when none is asked for: one per core.
    public static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `body(i)` for every `i` in `0..<count`, results in index order. `isCancelled` is polled
    /// before each piece starts; pieces not started by then give nil. `onFinished(done, count)`
    /// is called, one call at a time, as pieces end.
    public static func map<Result>(count: Int, workers: Int = defaultWorkers,
                                   isCancelled: () -> Bool = { false },
                                   onFinished: (Int, Int) -> Void = { _, _ in },
                                   _ body: (Int) -> Result) -> [Result?] {
        let slots = Slots<Result>(count: count)
        let mode = NumericMode.current
        withoutActuallyEscaping(body) { body in
            withoutActuallyEscaping(isCancelled) { isCancelled in
                withoutActuallyEscaping(onFinished) { onFinished in
                    let work = Work(body: body, isCancelled: isCancelled, onFinished: onFinished)
                    DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
                        NumericMode.$current.withValue(mode) {
                            ThreadPolicy.$current.withValue(.fixed(1)) {
                                while let index = slots.claim(isCancelled: work.isCancelled) {
                                    let result = work.body(index)
                                    slots.store(result, at: index, onFinished: work.onFinished)
                                }
                            }
                        }
                    }
                }
            }
        }
        return slots.results
    }
}

/// The closures a run shares between its threads.
private struct Work<Result>: @unchecked Sendable {
    let body: (Int) -> Result
    let isCancelled: () -> Bool
    let onFinished: (Int, Int) -> Void
}

/// The next index to run and the results so far, behind one lock.
private final class Slots<Result>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var finished = 0
    private var stopped = false
    private(set) var results: [Result?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func claim(isCancelled: () -> Bool) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if !stopped, isCancelled() { stopped = true }
        guard !stopped, next < results.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ result: Result, at index: Int, onFinished: (Int, Int) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        results[index] = result
        finished += 1
        onFinished(finished, results.count)
    }
}
