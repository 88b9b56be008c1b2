import NNLab

/// `sweep …` and `grid …`: an experiment. Every trial trains a copy of the current model
/// from the same weights and random streams with fresh optimizer state, the trials spread
/// over the cores; the model and optimizer are left as they were, and `best` is published.
enum SearchHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        let (prepared, network) = try TrainingSetup.requireDataAndModel(state)
        guard prepared.validation.sampleCount > 0 else {
            throw CommandFailure("a search ranks its trials by validation accuracy, and the val split is empty",
                                 fix: "split with val= above 0, e.g. split train=0.8 val=0.2 test=0")
        }
        if context.searchShard != nil, state.lastSearch != nil {
            throw CommandFailure("with --shard a file runs one search: its trials go to one results file",
                                 fix: "put the second search in a file of its own")
        }
        var searchSource = state.streams.search
        let searchSeed = searchSource.next()
        let commands = try SearchPlan.trials(of: command, searchSeed: searchSeed)
        let chosen = commands.indices.filter { context.searchShard?.owns($0) ?? true }
        var plans: [TrialPlan] = []
        for index in chosen {
            let settings = try TrainingSetup.optimizerSettings(commands[index], state: state)
            let configuration = try TrainingSetup.configuration(commands[index], state: state, settings: settings)
            plans.append(TrialPlan(index: index, command: commands[index], settings: settings, configuration: configuration))
        }
        let axes = SearchPlan.axes(of: command)
        let outcomes = try train(plans, axes: axes, from: network, data: TrainingSetup.trainingData(prepared),
                                 streams: state.streams, name: command.name, context: context)
        let result = SearchResult(kind: command.name, command: command.canonicalText, searchSeed: searchSeed, axes: axes,
                                  trialCount: commands.count, trials: outcomes, shard: context.searchShard)
        state.streams.search = searchSource
        state.lastSearch = result
        state.results["best"] = result.best.map { SearchReport.bestRecord($0, of: result) }
        var blocks = SearchReport.blocks(result)
        if outcomes.count < plans.count {
            blocks.insert(.text("interrupted: \(outcomes.count) of \(plans.count) trials finished; the table holds those"), at: 0)
        }
        return blocks
    }

    /// What a trial runs, decided (and checked) before any trial starts.
    private struct TrialPlan: @unchecked Sendable {
        let index: Int
        let command: CheckedCommand
        let settings: OptimizerSettings
        let configuration: TrainingConfiguration
    }

    /// The finished trials' outcomes, in plan order; interrupted and unstarted trials are left out.
    /// Each worker keeps only a trial's outcome, not its run history, so long searches stay small.
    private static func train(_ plans: [TrialPlan], axes: [SearchAxis], from network: Network, data: TrainingData,
                              streams: RandomStreams, name: String, context: HandlerContext) throws(CommandFailure) -> [TrialOutcome] {
        let runs = ParallelTrials.map(count: plans.count, workers: context.searchWorkers, isCancelled: context.isInterrupted,
                                      onFinished: { context.onProgress(.progress(task: name, done: $0, of: $1)) }) { position in
            let plan = plans[position]
            var optimizer = plan.settings.makeOptimizer()
            var trialStreams = streams
            return Result { () throws(TrainingError) -> TrialOutcome? in
                let loop = try TrainingLoop(network: network.copy(), configuration: plan.configuration, data: data)
                let history = loop.run(optimizer: &optimizer, streams: &trialStreams, name: "trial \(plan.index + 1)",
                                       onEvent: { _ in }, isCancelled: context.isInterrupted)
                return isCancelled(history) ? nil : trialOutcome(plan, history: history, axes: axes)
            }
        }
        var outcomes: [TrialOutcome] = []
        for run in runs {
            switch run {
            case .success(let outcome?)?: outcomes.append(outcome)
            case .failure(let error)?: throw CommandFailure(error)
            default: continue
            }
        }
        return outcomes
    }

    private static func isCancelled(_ history: RunHistory) -> Bool {
        if case .cancelled = history.stopReason { true } else { false }
    }

    private static func trialOutcome(_ plan: TrialPlan, history: RunHistory, axes: [SearchAxis]) -> TrialOutcome {
        TrialOutcome(index: plan.index, values: axes.map { plan.command.options[$0.name] ?? .word("-") },
                     metrics: RunReport.reportedFinal(history), ending: RunReport.endingWord(history.stopReason),
                     diverged: RunReport.diverged(history))
    }
}
