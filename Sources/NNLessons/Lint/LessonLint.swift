import NNLang

/// The author's lint of a lesson (`nnlab check LESSON --seeds N`): the solutions run
/// clean under N seed offsets, every `expect` holds under each with its worst margin
/// recorded, and every exercise fails while its holes are unfilled.
public struct LessonLint: Sendable {
    /// One `expect` of the lesson across the seed offsets.
    public struct Check: Sendable, Equatable {
        public var line: Int
        public var condition: String
        /// The tolerance of a `~=` check (the largest across offsets).
        public var tolerance: Double?
        /// The smallest margin across offsets (see `CheckResult.margin`), and where.
        public var worstMargin: Double?
        public var worstOffset: UInt64
        /// The offsets under which the check failed or was not reached.
        public var failingOffsets: [UInt64]
        /// Why it failed under the first failing offset, when it could not be evaluated.
        public var reason: String?
        public var passed: Bool { failingOffsets.isEmpty }
    }

    /// What the lesson's exercise whose fence is on `line` does with its holes unfilled.
    public struct Exercise: Sendable, Equatable {
        public var line: Int
        public var hasChecks: Bool
        /// How it failed unfilled (an error or a failed `expect`), or nil when it passed.
        public var failure: String?
        public var passed: Bool { hasChecks && failure != nil }
    }

    /// A run that stopped on an error.
    public struct Stop: Sendable, Equatable {
        public var offset: UInt64
        public var diagnostic: Diagnostic
    }

    public var seeds: Int
    public var checks: [Check] = []
    public var exercises: [Exercise] = []
    public var stops: [Stop] = []

    public var passed: Bool {
        stops.isEmpty && checks.allSatisfy(\.passed) && exercises.allSatisfy(\.passed)
    }

    /// Runs the lint; `isInterrupted` is polled by every run (Ctrl-C).
    public init(_ lesson: MarkdownLesson, seeds: Int, isInterrupted: @escaping () -> Bool = { false }) throws(LessonFormatError) {
        self.seeds = seeds
        let source = try lesson.runnableSource()
        var byLine: [Int: Check] = [:]
        var order: [Int] = []
        for offset in 0..<UInt64(max(seeds, 1)) {
            let (results, outcome) = Self.run(source, offset: offset, isInterrupted: isInterrupted)
            if let error = outcome.error { stops.append(Stop(offset: offset, diagnostic: error)) }
            for (line, result) in results {
                if byLine[line] == nil {
                    order.append(line)
                    byLine[line] = Check(line: line, condition: result.condition, worstOffset: offset, failingOffsets: [])
                }
                byLine[line]?.record(result, offset: offset)
            }
            for line in order where !results.contains(where: { $0.line == line }) {
                guard var check = byLine[line] else { continue }
                check.failingOffsets.append(offset)
                check.reason = check.reason ?? "not reached: the run stopped before it"
                byLine[line] = check
            }
            if isInterrupted() { break }
        }
        checks = order.compactMap { byLine[$0] }
        for block in lesson.blocks where block.kind == .exercise {
            exercises.append(try Self.unfilled(block, of: lesson, isInterrupted: isInterrupted))
        }
    }

    private static func run(_ source: SourceFile, offset: UInt64,
                            isInterrupted: @escaping () -> Bool) -> ([(line: Int, result: CheckResult)], RunOutcome) {
        let interpreter = Interpreter(seedOffset: offset)
        interpreter.isInterrupted = isInterrupted
        var results: [(line: Int, result: CheckResult)] = []
        let outcome = interpreter.run(source) { output in
            for case let .check(result) in output.blocks { results.append((output.range.start.line, result)) }
        }
        return (results, outcome)
    }

    /// Runs the lesson with this exercise as written (at offset 0): it must stop with an
    /// error inside the block, or one of its `expect`s must fail.
    private static func unfilled(_ block: LessonBlock, of lesson: MarkdownLesson,
                                 isInterrupted: @escaping () -> Bool) throws(LessonFormatError) -> Exercise {
        let lines = block.contentLines
        let source = try lesson.runnableSource(unfilledExercise: block.fenceLine)
        let hasChecks = block.code.contains("expect")
        let (results, outcome) = run(source, offset: 0, isInterrupted: isInterrupted)
        var failure: String?
        if let error = outcome.error, lines.contains(error.range.start.line) {
            failure = "error at line \(error.range.start.line): \(error.message)"
        } else if let failed = results.first(where: { lines.contains($0.line) && !$0.result.passed }) {
            failure = "expect at line \(failed.line) fails"
        }
        return Exercise(line: block.fenceLine, hasChecks: hasChecks, failure: failure)
    }
}

extension LessonLint.Check {
    mutating func record(_ result: CheckResult, offset: UInt64) {
        if let tolerance = result.tolerance { self.tolerance = max(self.tolerance ?? tolerance, tolerance) }
        if let margin = result.margin, worstMargin.map({ margin < $0 }) ?? true {
            worstMargin = margin
            worstOffset = offset
        }
        if !result.passed {
            if failingOffsets.isEmpty { reason = result.reason }
            failingOffsets.append(offset)
        }
    }
}
