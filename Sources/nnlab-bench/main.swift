import Foundation
import NNLab

AllocationCounter.preloadIfNeeded()
if CommandLine.arguments.dropFirst().first == "linearity" {
    // `nnlab-bench linearity`: only the long-input section, for checking a parser change quickly.
    LinearityBenchmark.run().forEach { print($0) }
    exit(0)
}
if CommandLine.arguments.dropFirst().first == "portable" {
    // `nnlab-bench portable`: only the portable-mode comparison, for checking a kernel change quickly.
    let fast = TrainingBenchmark(sizes: [64, 128, 10], batch: 64).run(steps: 2000).1
    let portable = NumericMode.$current.withValue(.portable) { TrainingBenchmark(sizes: [64, 128, 10], batch: 64).run(steps: 1000).1 }
    print("64-128-10: \(fixed(portable, 0)) steps/s portable vs \(fixed(fast, 0)) default; \(fixed(fast / portable, 2))x slower")
    exit(0)
}
if CommandLine.arguments.dropFirst().first == "search" {
    // `nnlab-bench search`: only the search against the PyTorch loop.
    let (lines, ratio) = SearchBenchmark.run()
    lines.forEach { print($0) }
    TargetBoard().add("search against the torch loop", ratio, goal: 20)
    exit(0)
}
if CommandLine.arguments.dropFirst().first == "step" {
    // `nnlab-bench step`: only the training steps, for checking a change to the step quickly.
    ThreadPolicy.$current.withValue(.fixed(1)) {
        TrainingBenchmark(sizes: [64, 128, 10], batch: 64).run(steps: 2000).0.forEach { print($0) }
        TrainingBenchmark(sizes: [784, 512, 512, 10], batch: 128).run(steps: 20).0.forEach { print($0) }
    }
    let threaded = TrainingBenchmark(sizes: [784, 512, 512, 10], batch: 128).run(steps: 20).1
    print("    with the automatic policy: \(fixed(threaded, 1)) steps/s")
    exit(0)
}
if CommandLine.arguments.dropFirst().first == "loop" {
    // `nnlab-bench loop`: only the small loop as whole processes.
    LoopBenchmark.report(on: TargetBoard())
    exit(0)
}
if CommandLine.arguments.dropFirst().first == "live" {
    // `nnlab-bench live`: only the cost of the live view.
    ThreadPolicy.$current.withValue(.fixed(1)) { LiveBenchmark.run() }.forEach { print($0) }
    exit(0)
}
if CommandLine.arguments.dropFirst().first == "lessons" {
    // `nnlab-bench lessons`: only the lesson timings.
    LessonBenchmark.run().forEach { print($0) }
    exit(0)
}
let threads = 1
let board = TargetBoard()
print("nnlab-bench (release build): OpenBLAS kernel \(BLASThreads.kernel), \(ThreadPolicy.cores) cores;"
      + " one thread on every side unless a line says otherwise; each figure is a median")
print("Thread policy of nnlab: \(ThreadPolicy.current)")

if AllocationCounter.isActive {
    print("Allocation counter: malloc interposer preloaded; self-test counted \(AllocationCounter.selfTest()) mallocs for 10 arrays")
} else {
    print("Allocation counter: interposer not loaded, allocations not counted")
}

print("\nMatrix products")
GemmBenchmark.run().forEach { print($0) }
ThreadBenchmark.crossover().forEach { print($0) }

print("\nTraining steps with Adam")
print("  (changes that alter results: Adam divides by √v̂ through 1/√(1−β₂ᵗ), within an ulp of PyTorch's; the loss's exp is"
      + " Elementary's in both modes, so default-mode losses can differ from the C library's exp in the last bit;"
      + " the squared norm sums in 16 partial sums, so gradient norms can differ from earlier runs in the last bit)")
var smallStepsPerSecond = 0.0
for (sizes, batch, steps) in [([64, 128, 10], 64, 2000), ([784, 512, 512, 10], 128, 20)] {
    let benchmark = TrainingBenchmark(sizes: sizes, batch: batch)
    let (lines, stepsPerSecond) = ThreadPolicy.$current.withValue(.fixed(threads)) { benchmark.run(steps: steps) }
    let isSmall = sizes == [64, 128, 10]
    if isSmall { smallStepsPerSecond = stepsPerSecond }
    lines.forEach { print($0) }
    let numpy = PythonPeers.stepsPerSecond(sizes: sizes, batch: batch, steps: steps, threads: threads)
    let torch = PythonPeers.torchStepsPerSecond(sizes: sizes, batch: batch, steps: steps, threads: threads)
    print("    numpy \(numpy.map { fixed($0, 0) } ?? "not available") steps/s, torch \(torch.map { fixed($0, 0) } ?? "not available") steps/s")
    let label = isSmall ? "small step" : "large step"
    board.add("\(label) against numpy's", numpy.map { stepsPerSecond / $0 }, goal: isSmall ? 4 : 1.6)
    board.add("\(label) against torch's", torch.map { stepsPerSecond / $0 }, goal: isSmall ? 12 : 1.4)
    if !isSmall {
        let (_, threaded) = ThreadPolicy.$current.withValue(.automatic) { benchmark.run(steps: steps) }
        print("    with the automatic policy (\(ThreadPolicy.cores) threads for its large products): \(fixed(threaded, 1)) steps/s")
        board.add("large step on \(ThreadPolicy.cores) threads against 1", threaded / stepsPerSecond, goal: 1.6)
    }
}

print("\nThe small training loop as whole processes (\(LoopBenchmark.steps) steps, start-up and data included)")
LoopBenchmark.report(on: board)

print("\nPortable mode (fixed-order products, the same bits on every machine)")
let portableStepsPerSecond = NumericMode.$current.withValue(.portable) {
    TrainingBenchmark(sizes: [64, 128, 10], batch: 64).run(steps: 1000).1
}
print("  MLP 64-128-10 (batch 64): \(fixed(portableStepsPerSecond, 0)) steps/s portable vs \(fixed(smallStepsPerSecond, 0)) default;"
      + " portable is \(fixed(smallStepsPerSecond / portableStepsPerSecond, 2))x slower")
board.add("portable speed against default's (at most 4x slower)", portableStepsPerSecond / smallStepsPerSecond, goal: 0.25)

print("\nPreprocessing")
ThreadPolicy.$current.withValue(.fixed(threads)) { PCABenchmark.run(threads: threads) }.forEach { print($0) }

print("\nAn epoch with validation")
EpochBenchmark.run().forEach { print($0) }

print("\nHyperparameter search (trials in parallel, one BLAS thread each)")
let search = SearchBenchmark.run()
search.lines.forEach { print($0) }
board.add("search against the torch loop", search.ratio, goal: 20)

print("\nThe language's overhead")
ScriptBenchmark.run().forEach { print($0) }
PromptBenchmark.run().forEach { print($0) }
GradeBenchmark.run().forEach { print($0) }
LinearityBenchmark.run().forEach { print($0) }

print("\nWatching training live")
LiveBenchmark.run().forEach { print($0) }

print("\nLessons as notebooks")
LessonBenchmark.run().forEach { print($0) }

print("\nText plots")
plotBenchmarkLines().forEach { print("  " + $0) }

print("")
board.summary.forEach { print($0) }

print("\nPeak memory: \(fixed(peakMemoryMiB())) MiB")
