import NNLab

/// `train epochs=10 batch=64 …`: continues from the current weights and optimizer state;
/// list-valued options run once per combination from the same start and keep the best.
enum TrainHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        let (prepared, _) = try TrainingSetup.requireDataAndModel(state)
        var blocks: [OutputBlock] = []
        if state.splits?.isTestTouched == true {
            blocks.append(.warning("the test split has been evaluated; training further on what it showed leaks it into the model"))
        }
        let combinations = RunCombinations.expand(command)
        if combinations.count == 1 {
            return blocks + (try single(combinations[0], state: &state, data: TrainingSetup.trainingData(prepared), context: context))
        }
        return blocks + (try several(combinations, varying: command.sweepAxes.map(\.name), state: &state,
                                     data: TrainingSetup.trainingData(prepared), context: context))
    }

    /// One run; the optimizer's state carries over from earlier `train`s.
    private static func single(_ command: CheckedCommand, state: inout SessionState, data: TrainingData,
                               context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        let settings = try TrainingSetup.optimizerSettings(command, state: state)
        var optimizer = state.optimizer ?? settings.makeOptimizer()
        let name = RunCombinations.unique(command.text("name") ?? context.loopName ?? "run \(state.runs.count + 1)", among: state.runs)
        let network = state.network!.copy()
        let (history, mining) = try execute(command, network: network, settings: settings, optimizer: &optimizer,
                                            streams: &state.streams, data: data, state: state, name: name, context: context)
        state.network = network
        state.optimizer = optimizer
        state.modelIsTrained = true
        state.runs.append(history)
        state.lastRunCount = 1
        RunReport.publish(history, network: network, into: &state)
        return (mining.map { [.text($0)] } ?? []) + RunReport.blocks(for: history) + [.plot(RunPlots.loss([history]))]
    }

    /// One run per combination, each from the same weights and streams with fresh
    /// optimizer state; the session keeps the best (highest val accuracy, else lowest loss).
    private static func several(_ combinations: [CheckedCommand], varying: [String], state: inout SessionState, data: TrainingData,
                                context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        var results: [(history: RunHistory, network: Network, optimizer: any Optimizer, streams: RandomStreams)] = []
        var notes: [String] = []
        for combination in combinations {
            let settings = try TrainingSetup.optimizerSettings(combination, state: state)
            var optimizer = settings.makeOptimizer()
            var streams = state.streams
            let network = state.network!.copy()
            let name = RunCombinations.unique(RunCombinations.name(of: combination, varying: varying, loops: context.loopValues),
                                              among: state.runs + results.map(\.history))
            let (history, mining) = try execute(combination, network: network, settings: settings, optimizer: &optimizer,
                                                streams: &streams, data: data, state: state, name: name, context: context)
            if let mining, !notes.contains(mining) { notes.append(mining) }
            results.append((history, network, optimizer, streams))
            if case .cancelled = history.stopReason { break }
        }
        let histories = results.map(\.history)
        let best = RunReport.bestIndex(histories)
        state.runs += histories
        state.lastRunCount = results.count
        let miningNotes: [OutputBlock] = notes.isEmpty ? [] : [.text(notes.joined(separator: "\n"))]
        if histories.allSatisfy(RunReport.diverged) {
            state.results["best"] = nil
            return miningNotes + [.table(RunReport.comparison(histories, best: nil)),
                    .warning("every run diverged: the model keeps the weights and optimizer state from before them. Try lower learning rates"),
                    .plot(RunPlots.loss(histories))]
        }
        state.network = results[best].network
        state.optimizer = results[best].optimizer
        state.modelIsTrained = true
        state.streams = results[best].streams
        RunReport.publish(results[best].history, network: results[best].network, into: &state)
        state.results["best"] = RunCombinations.bestRecord(combinations[best], varying: varying, history: results[best].history)
        return miningNotes + [.table(RunReport.comparison(histories, best: best)),
                .text("best: \(histories[best].name) (kept its weights; published as best)"),
                .plot(RunPlots.loss(histories))]
    }

    private static func execute(_ command: CheckedCommand, network: Network, settings: OptimizerSettings,
                                optimizer: inout any Optimizer, streams: inout RandomStreams, data: TrainingData,
                                state: SessionState, name: String, context: HandlerContext) throws(CommandFailure) -> (RunHistory, mining: String?) {
        let configuration = try TrainingSetup.configuration(command, state: state, settings: settings)
        let loop: TrainingLoop
        do { loop = try TrainingLoop(network: network, configuration: configuration, data: data) }
        catch { throw CommandFailure(error) }
        context.watch(name, network: network, state: state, live: command.isSet("live") ? command.bool("live") : nil)
        let history = loop.run(optimizer: &optimizer, streams: &streams, name: name,
                               onEvent: context.onProgress, isCancelled: context.isInterrupted)
        return (history, miningNote(loop, fraction: configuration.hardFraction))
    }

    /// What `hard=` does in this run, or nil when it is off.
    private static func miningNote(_ loop: TrainingLoop, fraction: Double) -> String? {
        guard loop.hardSlotsPerBatch > 0 else { return nil }
        return "hard=\(formatNumber(fraction)): \(loop.hardSlotsPerBatch) of each batch of \(loop.fullBatchSize) drawn from "
            + "the \(loop.hardPoolSize) highest-loss training samples (the top \(formatNumber(HardSampleMining.poolFraction * 100))%), "
            + "re-ranked at the start of every epoch"
    }
}
