import NNLab

/// `snapshot cycles=5 epochs=5`: an experiment. Trains a copy of the model from its
/// current weights (fresh optimizer state) through cycles of a cosine rate that restarts at
/// the run's learning rate, takes a snapshot at each cycle's end and combines them;
/// publishes the combination's val numbers and the mean member's (`member_loss`, `member_acc`). The session's model,
/// optimizer and streams stay as they were.
enum SnapshotHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        let (data, settings, configuration) = try CombinedReport.setup(command, state: state)
        let cycles = command.integer("cycles"), epochs = command.integer("epochs")
        let network = state.network!.copy()
        var optimizer = settings.makeOptimizer()
        var streams = state.streams
        let result: CombinedResult
        do {
            result = try SnapshotEnsemble(configuration: configuration, epochsPerCycle: epochs)
                .run(cycles: cycles, network: network, optimizer: &optimizer, streams: &streams, data: data,
                     onEvent: context.onProgress, isCancelled: context.isInterrupted)
        } catch { throw CommandFailure(error) }
        try CombinedReport.accept(result, command: "snapshot", what: "the snapshot run", settings: settings, into: &state)
        let cycleSteps = result.histories.first?.stepCount ?? 0
        let intro = "a copy of the model trained \(cycles) cycles of \(epochs) epochs (\(cycleSteps) steps each) with \(settings), "
            + "the rate falling along a cosine from \(formatNumber(settings.learningRate)) to near 0 in each cycle; "
            + "a snapshot of the weights at each cycle's end, " + CombinedReport.averaged(configuration.loss.kind)
        let joined = RunHistory.joined(result.histories, name: "snapshot run")
        return [.text(intro)] + CombinedReport.blocks(result, memberName: "snapshot", combination: "snapshots combined")
            + [.plot(RunPlots.learningRate([joined])), .plot(RunPlots.loss([joined])),
               .text("published: val_loss and val_acc of the combined snapshots, member_loss and member_acc of the mean snapshot; the model is unchanged")]
    }
}
