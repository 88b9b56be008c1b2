import Elementary
import Foundation
import NNLab

/// `check loss` and `check gradients`: experiments that leave the model as it was.
enum CheckHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        let (prepared, network) = try TrainingSetup.requireDataAndModel(state)
        return command.variant == "gradients"
            ? try gradients(command, state: &state, prepared: prepared, network: network, context: context)
            : try initialLoss(state: &state, prepared: prepared, network: network)
    }

    /// The loss at the current weights, regularization off, against ln C (softmax) or C − 1 (SVM).
    private static func initialLoss(state: inout SessionState, prepared: PreparedData, network: Network) throws(CommandFailure) -> [OutputBlock] {
        let loss = LossFunction(kind: state.loss.kind)
        let measured = network.measure(inputs: prepared.train.features, labels: prepared.train.labels, loss: loss).loss
        state.results["initial_loss"] = .number(measured)
        let classes = prepared.train.classCount
        guard let expected = loss.expectedInitialLoss(classes: classes) else {
            return [.text("initial loss \(formatNumber(measured)) (\(loss.kind.rawValue) has no fixed value at initialization)")]
        }
        let formula = loss.kind == .softmax ? "ln(\(classes))" : "\(classes) - 1"
        var text = "initial loss \(formatNumber(measured)), expected \(formula) = \(formatNumber(expected)) for \(classes) classes"
        let off = abs(measured - expected) / expected
        if off <= 0.1 {
            text += ": as expected (the model starts by guessing evenly)"
            return [.text(text)]
        }
        let cause = measured > expected
            ? "the initial scores are too large, so the model is confidently wrong from the start; "
                + remedies(state: state, features: prepared.train.features)
            : "the loss is lower than chance: check the labels, or that the model is really fresh (it may have been trained)"
        return [.text(text), .warning("off by \(formatNumber(100 * off, significantDigits: 2))%: \(cause)")]
    }

    /// What to try against scores that start too large: scaling raw inputs that spread
    /// widely, then the usual initializations, unless every layer has that one already.
    private static func remedies(state: SessionState, features: Matrix) -> String {
        var tries: [String] = []
        let spread = features.rows > 1 ? Preprocessing.columnDeviations(features).max() ?? 0 : 0
        if state.preprocessing == .none, spread > 1.5 {
            tries.append("preprocess standardize (the raw inputs spread widely: a feature's standard deviation is \(formatNumber(spread, significantDigits: 2)))")
        }
        let inUse = state.initialization?.perLinearLayer ?? []
        for (advice, initializer) in [("init normal std=0.01", Initializer.normal(standardDeviation: 0.01)), ("init xavier", .xavierNormal(gain: 1))]
        where inUse.isEmpty || inUse.contains(where: { $0 != initializer }) {
            tries.append(advice)
        }
        return "try " + tries.joined(separator: ", or ")
    }

    /// Analytic against centered-difference gradients in Double, per parameter tensor, on a
    /// seeded random sample of each tensor's entries (all of a tensor smaller than `entries=`).
    /// Reports progress per entry and stops early on Ctrl-C, saying how far it got.
    private static func gradients(_ command: CheckedCommand, state: inout SessionState, prepared: PreparedData,
                                  network: Network, context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        let count = min(command.integer("samples"), prepared.train.sampleCount)
        let inputs = prepared.train.features.gatherRows(0..<count)
        let labels = Array(prepared.train.labels[0..<count])
        var options = GradientCheckOptions()
        options.step = command.number("h")
        options.isDropoutEnabled = command.bool("dropout")
        if options.isDropoutEnabled, !network.specs.contains(where: { if case .dropout = $0 { true } else { false } }) {
            throw CommandFailure("dropout=true does nothing: the model has no dropout layer; add one, as in "
                                 + "`model 2 -> 50 relu dropout(0.5) -> 3`, to see dropout break the check", option: "dropout")
        }
        options.maxElementsPerTensor = command.value("entries") == .word("all") ? Int.max : command.integer("entries")
        var random = state.streams.dropout
        let result = GradientCheck.run(network: network, inputs: inputs, labels: labels, loss: state.loss,
                                       options: options, random: &random,
                                       onProgress: { context.onProgress(.progress(task: "checking gradients", done: $0, of: $1)) },
                                       isCancelled: context.isInterrupted)
        let table = Table(columns: ["tensor", "checked", "rel. error", "float32 path", "verdict"], rows: result.tensors.map { tensor in
            [.text(tensor.name), .text("\(tensor.elementsChecked) of \(tensor.elementCount)"),
             .text(tensor.relativeError == 0 ? "0*" : scientific(tensor.relativeError)),
             .text(scientific(tensor.float32RelativeError)), .text(GradientVerdict(relativeError: tensor.relativeError).rawValue)]
        })
        let total = network.parameterAddresses.reduce(0) { $0 + network.layers[$1.layer].parameters[$1.index].storage.count }
        let entries = "\(result.entriesChecked) of \(total) entries"
            + (result.entriesChecked < total ? " (at most \(command.value("entries") == .word("all") ? "all" : String(options.maxElementsPerTensor)) per tensor, chosen at random)" : "")
        guard result.isComplete else {
            return [.table(table), .warning("interrupted after \(result.entriesChecked) of the \(result.entriesPlanned) entries planned;"
                                            + " the table shows those, and grad_error is not published from a partial check")]
        }
        state.results["grad_error"] = .number(result.maxRelativeError)
        let largest = result.maxRelativeError == 0 ? "0*" : scientific(result.maxRelativeError)
        let summary = "largest relative error \(largest) on \(count) samples, \(entries), h=\(formatNumber(options.step)):"
            + " \(result.verdict.rawValue) (< 1e-7 excellent, < 1e-4 fine with kinks such as ReLU, > 1e-2 wrong)"
        var blocks: [OutputBlock] = [.table(table), .text(summary)]
        if result.tensors.contains(where: { $0.relativeError == 0 }) {
            blocks.append(.text("* every difference was within the rounding noise of the centered difference"
                                + " (at most \(scientific(result.largestRoundingNoise)) at h=\(formatNumber(options.step)))"))
        }
        if result.largestNoiseRatio > 1e-4 {
            blocks.append(.warning("h=\(formatNumber(options.step)) is too small: rounding noise reaches "
                                   + "\(scientific(result.largestNoiseRatio)) of a gradient entry and can hide real errors,"
                                   + " so this verdict proves little; use h=1e-5"))
        }
        return blocks
    }

    /// `3.2e-09`: errors span many decades, so they print in scientific form.
    static func scientific(_ value: Double) -> String {
        guard value.isFinite, value != 0 else { return value == 0 ? "0" : formatNumber(value) }
        let exponent = Int(Math.log10(abs(value)).rounded(.down))
        let mantissa = value / Math.pow(10, Double(exponent))
        return "\(formatNumber(mantissa, significantDigits: 2))e\(exponent < 0 ? "-" : "+")\(abs(exponent) < 10 ? "0" : "")\(abs(exponent))"
    }
}

/// `overfit samples=20 steps=200`: full-batch training of a copy on a tiny subset with
/// regularization off (no penalties, augmentation or dropout); it should reach 100%, else something is broken.
enum OverfitHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        let (prepared, network) = try TrainingSetup.requireDataAndModel(state)
        let count = min(command.integer("samples"), prepared.train.sampleCount)
        let data = TrainingData(inputs: prepared.train.features.gatherRows(0..<count),
                                labels: Array(prepared.train.labels[0..<count]))
        let settings = try TrainingSetup.optimizerSettings(command, state: state)
        var configuration = TrainingConfiguration(length: .steps(command.integer("steps")), batch: .all,
                                                  loss: LossFunction(kind: state.loss.kind), learningRate: settings.learningRate)
        configuration.usesDropout = false
        let twin = network.copy()
        var optimizer = settings.makeOptimizer()
        var streams = state.streams
        let history: RunHistory
        context.watch("overfit \(count)", network: twin, state: state)
        do {
            history = try TrainingLoop(network: twin, configuration: configuration, data: data)
                .run(optimizer: &optimizer, streams: &streams, name: "overfit \(count)", onEvent: context.onProgress,
                     isCancelled: context.isInterrupted)
        } catch { throw CommandFailure(error) }
        let final = history.final!
        state.results["loss"] = .number(final.trainLoss)
        state.results["train_loss"] = .number(final.trainLoss)
        state.results["train_acc"] = .number(final.trainAccuracy)
        let reached = history.epochs.first { $0.trainAccuracy >= 1 }
        let verdict: String
        if final.trainAccuracy >= 1 {
            verdict = "memorized all \(count) samples (100% train accuracy\(reached.map { ", first at step \($0.step)" } ?? "")): the model can learn"
        } else if case let .diverged(step, _, _) = history.stopReason {
            verdict = "the loss diverged at step \(step) with \(count) samples: the learning rate is too high, lower it (try a tenth)"
        } else {
            verdict = "reached \(formatNumber(100 * final.trainAccuracy))% on \(count) samples, not 100%: raise the learning rate or the steps, or look for a bug"
        }
        return [.text("overfit a copy on \(count) training samples, regularization off, \(history.stepCount) full-batch steps with \(settings)"),
                .text(verdict + "; the model itself is unchanged"), .plot(RunPlots.loss([history]))]
    }
}
