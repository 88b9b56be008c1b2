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
    BLASThreads.set(1)
    let fast = TrainingBenchmark(sizes: [64, 128, 10], batch: 64).run(steps: 2000).1
    let portable = NumericMode.$current.withValue(.portable) { TrainingBenchmark(sizes: [64, 128, 10], batch: 64).run(steps: 1000).1 }
    print("64-128-10: \(fixed(portable, 0)) steps/s portable vs \(fixed(fast, 0)) default; \(fixed(fast / portable, 2))x slower")
    exit(0)
}
if CommandLine.arguments.dropFirst().first == "search" {
    // `nnlab-bench search`: only the search against the PyTorch loop.
    SearchBenchmark.run().forEach { print($0) }
    exit(0)
}
if CommandLine.arguments.dropFirst().first == "live" {
    // `nnlab-bench live`: only the cost of the live view.
    BLASThreads.set(1)
    LiveBenchmark.run().forEach { print($0) }
    exit(0)
}
if CommandLine.arguments.dropFirst().first == "lessons" {
    // `nnlab-bench lessons`: only the lesson timings.
    LessonBenchmark.run().forEach { print($0) }
    exit(0)
}
let threads = 1
BLASThreads.set(threads)
print("nnlab-bench (release build), BLAS threads: \(threads)")

if AllocationCounter.isActive {
    print("Allocation counter: malloc interposer preloaded; self-test counted \(AllocationCounter.selfTest()) mallocs for 10 arrays")
} else {
    print("Allocation counter: interposer not loaded, allocations not counted")
}

print("\nMatrix products")
GemmBenchmark.run().forEach { print($0) }

print("\nTraining steps with Adam (numpy runs the same steps with \(threads) BLAS thread)")
var smallStepsPerSecond = 0.0
for (sizes, batch, steps) in [([64, 128, 10], 64, 2000), ([784, 512, 512, 10], 128, 20)] {
    let benchmark = TrainingBenchmark(sizes: sizes, batch: batch)
    let (lines, stepsPerSecond) = benchmark.run(steps: steps)
    if sizes == [64, 128, 10] { smallStepsPerSecond = stepsPerSecond }
    lines.forEach { print($0) }
    if let numpy = NumpyBaseline.stepsPerSecond(sizes: sizes, batch: batch, steps: steps, threads: threads) {
        print("    numpy: \(fixed(numpy, 0)) steps/s; nnlab / numpy = \(fixed(stepsPerSecond / numpy, 2))x")
    } else {
        print("    numpy: not available (python3 with numpy not found)")
    }
}

print("\nPortable mode (fixed-order products, the same bits on every machine)")
let portableStepsPerSecond = NumericMode.$current.withValue(.portable) {
    TrainingBenchmark(sizes: [64, 128, 10], batch: 64).run(steps: 1000).1
}
print("  MLP 64-128-10 (batch 64): \(fixed(portableStepsPerSecond, 0)) steps/s portable vs \(fixed(smallStepsPerSecond, 0)) default;"
      + " portable is \(fixed(smallStepsPerSecond / portableStepsPerSecond, 2))x slower (target ≤ 4x)")

print("\nPreprocessing")
PCABenchmark.run(threads: threads).forEach { print($0) }

print("\nAn epoch with validation")
EpochBenchmark.run().forEach { print($0) }

print("\nHyperparameter search (trials in parallel, one BLAS thread each)")
SearchBenchmark.run().forEach { print($0) }

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

print("\nPeak memory: \(fixed(peakMemoryMiB())) MiB")
