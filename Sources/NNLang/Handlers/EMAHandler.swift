import NNLab

/// `ema decay=0.995 epochs=5`: trains the model like `train` (from its current weights and
/// optimizer state, advancing the session's streams, recorded as a run) while keeping an
/// exponential moving average of its weights and batch-norm statistics, updated after every
/// step. The session keeps the averaged weights (with the optimizer's state of the raw ones)
/// and publishes their numbers; `raw_acc` is the raw final weights' val accuracy. A run
/// that diverges ends as `train`'s does, and its average is discarded.
enum EMAHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        let (data, settings, configuration) = try CombinedReport.setup(command, state: state)
        var optimizer = state.optimizer ?? settings.makeOptimizer()
        let network = state.network!.copy()
        let loop: TrainingLoop
        do { loop = try TrainingLoop(network: network, configuration: configuration, data: data) } catch { throw CommandFailure(error) }
        var average = WeightAverage(decay: command.number("decay"))
        context.watch("run \(state.runs.count + 1) ema", network: network, state: state)
        let history = AveragedTraining.run(loop, average: &average, optimizer: &optimizer, streams: &state.streams,
                                           name: "run \(state.runs.count + 1) ema", onEvent: context.onProgress,
                                           isCancelled: context.isInterrupted)
        state.runs.append(history)
        state.lastRunCount = 1
        state.optimizer = optimizer
        state.modelIsTrained = true
        if case let .diverged(step, loss, restoredStep) = history.stopReason {
            state.network = network
            RunReport.publish(history, network: network, into: &state)
            return [.warning(RunReport.divergenceWarning(step: step, loss: loss, restoredStep: restoredStep)
                             + ". The weight average is discarded, and raw_acc is not published"),
                    .plot(RunPlots.loss([history]))]
        }
        let averaged = average.averaged(network)
        let raw = history.final!
        let train = averaged.measure(inputs: data.inputs, labels: data.labels, loss: configuration.loss)
        let validation = averaged.measure(inputs: data.validationInputs, labels: data.validationLabels, loss: configuration.loss)
        state.network = averaged
        RunReport.publish(history, network: averaged, into: &state)
        publish(train: train, validation: validation, rawAccuracy: raw.validationAccuracy ?? .nan, into: &state)
        return [.text("trained \(history.stepCount) steps with \(settings), averaging the weights after every step "
                      + "(decay \(formatNumber(average.decay)): the average spans about \(formatNumber(horizon(average.decay))) steps)"),
                .table(table(raw: raw, train: train, validation: validation, decay: average.decay)),
                .text(verdict(raw: raw.validationAccuracy ?? .nan, averaged: validation.accuracy))]
            + warnings(history, decay: average.decay) + [.plot(RunPlots.loss([history]))]
    }

    /// 1/(1 − d): the number of recent steps the average mostly holds.
    static func horizon(_ decay: Double) -> Double { 1 / (1 - decay) }

    private static func publish(train: Measurement, validation: Measurement, rawAccuracy: Double, into state: inout SessionState) {
        state.results["loss"] = .number(train.loss)
        state.results["train_loss"] = .number(train.loss)
        state.results["train_acc"] = .number(train.accuracy)
        state.results["val_loss"] = .number(validation.loss)
        state.results["val_acc"] = .number(validation.accuracy)
        state.results["raw_acc"] = .number(rawAccuracy)
    }

    private static func table(raw: FinalMetrics, train: Measurement, validation: Measurement, decay: Double) -> Table {
        let cell = { (value: Double?) in value.map(TableCell.number) ?? .text("-") }
        return Table(columns: ["weights", "train_loss", "train_acc", "val_loss", "val_acc"], rows: [
            [.text("raw (last step)"), cell(raw.trainLoss), cell(raw.trainAccuracy), cell(raw.validationLoss), cell(raw.validationAccuracy)],
            [.text("ema (kept)"), .number(train.loss), .number(train.accuracy), .number(validation.loss), .number(validation.accuracy)],
        ])
    }

    private static func verdict(raw: Double, averaged: Double) -> String {
        let gain = averaged - raw
        let reading = gain > 0 ? "the averaged weights beat the raw ones" : (gain == 0 ? "the averaged weights match the raw ones"
                                                                            : "the averaged weights fall below the raw ones")
        return "\(reading): val_acc \(formatNumber(averaged)) against \(formatNumber(raw)) (\(CombinedReport.points(gain)) points); "
            + "the model keeps the averaged weights (published as val_acc, the raw ones as raw_acc)"
    }

    private static func warnings(_ history: RunHistory, decay: Double) -> [OutputBlock] {
        var blocks: [OutputBlock] = []
        if case .cancelled(let step) = history.stopReason {
            blocks.append(.text("interrupted before step \(step); the average so far is kept"))
        }
        if horizon(decay) > Double(history.stepCount) {
            blocks.append(.warning("the average spans about \(formatNumber(horizon(decay))) steps but the run took "
                                   + "\(history.stepCount), so it still leans on the early weights; train longer or lower decay="))
        }
        return blocks
    }
}
