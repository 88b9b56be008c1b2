import NNLab

/// `evaluate train|val|test`: loss and accuracy by a full pass.
enum EvaluateHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        let (prepared, network) = try TrainingSetup.requireDataAndModel(state)
        let split = command.variant ?? "val"
        let dataset = try TrainingSetup.nonEmptySplit(split, of: prepared)
        let measured = network.measure(inputs: dataset.features, labels: dataset.labels, loss: LossFunction(kind: state.loss.kind))
        var blocks: [OutputBlock] = []
        switch split {
        case "test":
            state.splits?.markTestTouched()
            state.results["test_loss"] = .number(measured.loss)
            state.results["test_acc"] = .number(measured.accuracy)
            blocks.append(.text("look at the test split once, at the very end: tuning on it makes it a second validation split"))
        case "train":
            state.results["train_loss"] = .number(measured.loss)
            state.results["train_acc"] = .number(measured.accuracy)
        default:
            state.results["val_loss"] = .number(measured.loss)
            state.results["val_acc"] = .number(measured.accuracy)
        }
        let line = "\(split): loss \(formatNumber(measured.loss))  accuracy \(formatNumber(measured.accuracy)) on \(dataset.sampleCount) samples"
        return [.text(line)] + blocks
    }
}

/// `lrfind from=1e-7 to=10 steps=100`: the range test on a copy, suggestion marked.
enum LearningRateFinderHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        let (prepared, network) = try TrainingSetup.requireDataAndModel(state)
        let start = command.number("from"), end = command.number("to")
        guard start < end else { throw CommandFailure("from=\(formatNumber(start)) must be below to=\(formatNumber(end))", option: "to") }
        var random = state.streams.batchOrder
        let result = LearningRateFinder.run(network: network, inputs: prepared.train.features, labels: prepared.train.labels,
                                            loss: state.loss, optimizer: state.optimizerSettings, start: start, end: end,
                                            steps: command.integer("steps"), batchSize: min(64, prepared.train.sampleCount),
                                            random: &random, onEvent: context.onProgress)
        var plot = LRFinderPlot.make(result)
        var text = "LR range test with \(state.optimizerSettings.name) on a copy: \(result.learningRates.count) steps from \(formatNumber(start))"
        text += result.stoppedEarly ? ", stopped when the loss blew up" : " to \(formatNumber(end))"
        guard let suggestion = result.suggestion else {
            plot.notes.append("no decreasing stretch: widen the range or add steps")
            return [.text(text), .plot(plot), .warning("no suggestion: the loss never fell for long; widen from=/to= or add steps")]
        }
        state.results["lr_suggested"] = .number(suggestion)
        return [.text(text), .plot(plot),
                .text("suggested learning rate \(formatNumber(suggestion)) (fastai's valley: inside the longest stretch where "
                      + "the loss falls); published as lr_suggested, so train lr=lr_suggested uses it")]
    }
}
