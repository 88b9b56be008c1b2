import NNLab

/// Keeps the prepared splits in step with the data, the split and the preprocessing,
/// and publishes the data set's shape.
enum DataPreparation {
    static let noData = CommandFailure("there is no data yet", fix: "load or generate some first, e.g. data spiral")

    /// Refits the preprocessing on the training split and publishes classes, features, samples.
    /// `carriedOver`: the preprocessing was chosen before this data or split, so a failure
    /// names it as the cause.
    static func refresh(_ state: inout SessionState, carriedOver: Bool = true) throws(CommandFailure) {
        guard let dataset = state.dataset, let splits = state.splits else { return }
        do {
            state.prepared = try PreparedData(dataset: dataset, splits: splits, method: state.preprocessing)
        } catch {
            let failure = CommandFailure(error)
            guard carriedOver, state.preprocessing != .none else { throw failure }
            throw CommandFailure("the session's preprocess \(command(for: state.preprocessing)) cannot be re-applied to this data: \(failure.message)",
                                 fix: "preprocess none first, or choose preprocessing that fits this data afterwards")
        }
        state.results["classes"] = .number(Double(dataset.classCount))
        state.results["features"] = .number(Double(state.prepared!.train.featureCount))
        state.results["samples"] = .number(Double(dataset.sampleCount))
    }

    /// `spiral: 300 samples, 2 features, 3 classes; split 240 train / 30 val / 30 test`.
    /// Says that the session's preprocessing was refitted on the new training split, with
    /// the feature count it gives; nil without preprocessing.
    static func reappliedNote(_ state: SessionState) -> String? {
        guard state.preprocessing != .none, let prepared = state.prepared else { return nil }
        return "preprocess \(command(for: state.preprocessing)) re-applied, fitted on the \(prepared.train.sampleCount) training samples: "
            + "\(prepared.train.featureCount) feature\(prepared.train.featureCount == 1 ? "" : "s") (preprocess none to drop it)"
    }

    /// The `preprocess` command that chooses `method`.
    private static func command(for method: PreprocessingMethod) -> String {
        switch method {
        case .none: "none"
        case .center: "center"
        case .standardize: "standardize"
        case .pca(let components): "pca dims=\(components)"
        case .whiten: "whiten"
        }
    }

    /// A warning for an empty validation split when there is data to spare for one: runs
    /// then report no validation, and searches, ensembles and `patience=` refuse to start.
    static func emptySplitWarnings(_ state: SessionState) -> [OutputBlock] {
        guard let prepared = state.prepared, prepared.validation.sampleCount == 0, prepared.train.sampleCount >= 2 else { return [] }
        return [.warning("the val split is empty: runs report no validation, and sweep, grid, ensemble and patience= "
                         + "need it; give it a share, e.g. split train=0.8 val=0.2")]
    }

    static func summary(_ state: SessionState) -> String {
        guard let dataset = state.dataset, let prepared = state.prepared else { return "no data" }
        let image = dataset.imageShape.map { ", \($0.height)x\($0.width) images" } ?? ""
        return "\(dataset.name): \(dataset.sampleCount) samples, \(dataset.featureCount) features, \(dataset.classCount) classes\(image); "
            + "split \(prepared.train.sampleCount) train / \(prepared.validation.sampleCount) val / \(prepared.test.sampleCount) test"
    }
}
