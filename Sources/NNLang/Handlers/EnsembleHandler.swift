import NNLab

/// `ensemble n=5 epochs=5`: an experiment. Trains n models of the current architecture,
/// each freshly initialized (by the last `init`, if any) and shuffled from a member seed of the session seed, with the
/// session's optimizer (fresh), loss, schedule and augmentation; combines them by their
/// mean probabilities; publishes the combination's val numbers and the mean member's (`member_loss`, `member_acc`). The
/// session's model, optimizer and streams stay as they were.
enum EnsembleHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        let (data, settings, configuration) = try CombinedReport.setup(command, state: state)
        let count = command.integer("n")
        let ensemble = Ensemble(specs: state.network!.specs, configuration: configuration, optimizer: settings, seed: state.seed,
                                initialization: state.initialization)
        let result: CombinedResult
        do {
            result = try ensemble.run(members: count, data: data, onEvent: context.onProgress, isCancelled: context.isInterrupted)
        } catch { throw CommandFailure(error) }
        try CombinedReport.accept(result, command: "ensemble", what: "the ensemble", settings: settings, into: &state)
        let steps = result.histories.first?.stepCount ?? 0
        let initialized = state.initialization.map { "initialized by init \($0.name)" } ?? "initialized"
        let intro = "\(count) members of \(ModelDescription.arrows(state.network!)), each \(initialized) and shuffled from its own "
            + "seed, \(command.integer("epochs")) epochs (\(steps) steps) with \(settings); "
            + CombinedReport.averaged(configuration.loss.kind)
        return [.text(intro)] + CombinedReport.blocks(result, memberName: "member", combination: "ensemble")
            + [.text("published: val_loss and val_acc of the ensemble, member_loss and member_acc of the mean member; the model is unchanged")]
    }
}
