import Elementary
import Foundation

/// What the learning-rate range test measured.
public struct LearningRateFinderResult: Sendable, Equatable {
    /// The rate of each step, growing geometrically.
    public var learningRates: [Double]
    /// The batch loss of each step.
    public var rawLosses: [Double]
    /// The bias-corrected moving average of the losses (β = 0.98).
    public var smoothedLosses: [Double]
    /// The suggested rate (fastai's valley), nil when the test found no decreasing stretch.
    public var suggestion: Double?
    /// Whether the test stopped early because the loss blew up (> 4× its minimum, or not finite).
    public var stoppedEarly: Bool
}

/// The LR range test (Smith; fastai's `lr_find`): train a copy for a few steps while the
/// rate grows geometrically from `start` to `end`, `lr_i = start·(end/start)^(i/n)`,
/// and suggest a rate in the longest stretch where the smoothed loss falls.
public enum LearningRateFinder {
    /// Runs the test on a copy of `network` with fresh optimizer state; `network` is unchanged.
    /// `onEvent` hears each step (for a progress bar).
    public static func run(network: Network, inputs: Matrix, labels: [Int], loss: LossFunction,
                           optimizer settings: OptimizerSettings, start: Double, end: Double, steps: Int,
                           batchSize: Int, random: inout RandomSource,
                           onEvent: (TrainingEvent) -> Void = { _ in }) -> LearningRateFinderResult {
        let twin = network.copy()
        var optimizer = settings.makeOptimizer()
        let step = TrainingStep()
        var context = LayerContext(mode: .training, dropoutRandom: random)
        var result = LearningRateFinderResult(learningRates: [], rawLosses: [], smoothedLosses: [], suggestion: nil, stoppedEarly: false)
        var order = random.permutation(of: inputs.rows)
        var position = 0
        var batch = Matrix(rows: 0, columns: 0)
        var average = 0.0, best = Double.infinity
        for i in 0..<steps {
            if position + batchSize > order.count { random.shuffle(&order); position = 0 }
            let indices = order[position..<min(position + batchSize, order.count)]
            position += indices.count
            inputs.gatherRows(indices, into: &batch)
            let rate = start * Math.pow(end / start, Double(i) / Double(max(steps - 1, 1)))
            let outcome = step.run(network: twin, inputs: batch, targets: LossTargets(indices.map { labels[$0] }), loss: loss,
                                   optimizer: &optimizer, learningRate: Float(rate), clipNorm: nil, context: &context)
            average = 0.98 * average + 0.02 * outcome.loss
            let smoothed = average / (1 - Math.pow(0.98, Double(i + 1)))
            result.learningRates.append(rate)
            result.rawLosses.append(outcome.loss)
            result.smoothedLosses.append(smoothed)
            onEvent(.step(index: i + 1, of: steps, loss: outcome.loss))
            best = min(best, smoothed)
            if !smoothed.isFinite || !outcome.isApplied || smoothed > 4 * best {
                result.stoppedEarly = i < steps - 1
                break
            }
        }
        random = context.dropoutRandom
        result.suggestion = valley(learningRates: result.learningRates, losses: result.smoothedLosses)
        return result
    }

    /// fastai's valley: drop the first tenth and the last five points, cut at the first
    /// non-finite loss, find the longest decreasing subsequence and take the point about
    /// half way into it.
    public static func valley(learningRates: [Double], losses: [Double]) -> Double? {
        let first = losses.count / 10
        let last = max(first, losses.count - 5)
        var trimmed = Array(losses[first..<last])
        if let cut = trimmed.firstIndex(where: { !$0.isFinite }) { trimmed = Array(trimmed[..<cut]) }
        let n = trimmed.count
        guard n >= 2 else { return nil }
        var runLength = [Int](repeating: 1, count: n)
        var maxStart = 0, maxEnd = 0
        for i in 1..<n {
            for j in 0..<i where trimmed[i] < trimmed[j] && runLength[i] < runLength[j] + 1 {
                runLength[i] = runLength[j] + 1
            }
            if runLength[maxEnd] < runLength[i] {
                maxEnd = i
                maxStart = maxEnd - runLength[maxEnd]
            }
        }
        let sections = Double(maxEnd - maxStart) / 3
        let index = maxStart + Int(sections) + Int(sections / 2)
        return learningRates[first + max(0, min(index, n - 1))]
    }
}
