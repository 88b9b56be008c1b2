import Elementary
import Foundation

/// Snapshot ensembling (Huang et al., 2017): one model trained through several cycles of
/// a cosine learning rate that restarts at the run's rate at the start of each cycle and
/// falls to near 0 by its end, step by step:
///
///     η(k) = ½η₀(1 + cos(π·(k mod S)/S)),   S = steps per cycle
///
/// At the end of each cycle the weights are a snapshot, a member of the combination.
/// The optimizer's state carries through the restarts; the configuration's own schedule
/// is replaced by the cycles.
public struct SnapshotEnsemble {
    /// How the model trains, apart from the schedule and length the cycles set.
    public var configuration: TrainingConfiguration
    /// Epochs per cycle.
    public var epochsPerCycle: Int

    /// A snapshot recipe.
    public init(configuration: TrainingConfiguration, epochsPerCycle: Int) {
        self.configuration = configuration
        self.epochsPerCycle = epochsPerCycle
    }

    /// The learning rate at `step` (from 0) with cycles of `cycleSteps` steps.
    public static func learningRate(atStep step: Int, cycleSteps: Int, base: Double) -> Double {
        Schedule.cosine().learningRate(at: step % cycleSteps, base: base, length: cycleSteps)
    }

    /// Trains `network` in place through `cycles` cycles, from its current weights with
    /// `optimizer`, and combines the snapshots; stops at a cycle that diverges or is
    /// interrupted (then `combined` is nil). Each cycle is one history, its steps counted on
    /// from the cycles before.
    public func run<State: Optimizer>(cycles: Int, network: Network, optimizer: inout State, streams: inout RandomStreams,
                                      data: TrainingData, onEvent: (TrainingEvent) -> Void = { _ in },
                                      isCancelled: () -> Bool = { false }) throws(TrainingError) -> CombinedResult {
        guard data.hasValidation else { throw .combiningNeedsValidation }
        guard epochsPerCycle >= 1 else { throw .nonPositive(option: "epochs", value: epochsPerCycle) }
        let stepsPerEpoch = try TrainingLoop(network: network, configuration: configuration, data: data).stepsPerEpoch
        var cycle = configuration
        cycle.length = .steps(epochsPerCycle.multipliedReportingOverflow(by: stepsPerEpoch).partialValue)
        cycle.schedule = .cosine()
        cycle.evaluationInterval = stepsPerEpoch
        let loop = try TrainingLoop(network: network, configuration: cycle, data: data)
        var result = CombinedResult()
        for index in 0..<cycles {
            var history = loop.run(optimizer: &optimizer, streams: &streams, name: "snapshot \(index + 1)",
                                   onEvent: { onEvent($0.acrossRuns(run: index, of: cycles, steps: loop.plannedSteps)) },
                                   isCancelled: isCancelled)
            history.offsetSteps(by: index * loop.plannedSteps, epochs: index * epochsPerCycle)
            result.histories.append(history)
            guard history.stopReason == .completed else { return result }
            result.addMember(network, data: data, loss: configuration.loss)
        }
        result.combine(data: data, loss: configuration.loss)
        return result
    }
}

extension RunHistory {
    /// Counts this run's validation points on after `steps` earlier steps and `epochs` earlier epochs.
    mutating func offsetSteps(by steps: Int, epochs offset: Int) {
        for index in epochs.indices {
            epochs[index].step += steps
            epochs[index].epoch += offset
        }
        for index in stepEpochs.indices { stepEpochs[index] += offset }
    }

    /// The runs one after another as one history (for plotting the cycles as one curve).
    public static func joined(_ runs: [RunHistory], name: String) -> RunHistory {
        let steps = runs.reduce(0) { $0 + $1.stepCount }
        var joined = RunHistory(name: name, length: .steps(steps), ratioStride: runs.first?.ratioStride ?? 0, expectedSteps: steps)
        for run in runs {
            joined.stepLosses += run.stepLosses
            joined.stepLearningRates += run.stepLearningRates
            joined.stepEpochs += run.stepEpochs
            joined.stepUpdateRatios += run.stepUpdateRatios
            joined.epochs += run.epochs
        }
        joined.stopReason = runs.last?.stopReason ?? .completed
        joined.final = runs.last?.final
        return joined
    }
}
