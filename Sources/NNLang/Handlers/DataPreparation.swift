import NNLab

/// Keeps the prepared splits in step with the data, the split and the preprocessing,
/// and publishes the data set's shape.
enum DataPreparation {
    static let noData = CommandFailure("there is no data yet", fix: "load or generate some first, e.g. data spiral")

    /// Refits the preprocessing on the training split and publishes classes, features, samples.
    static func refresh(_ state: inout SessionState) throws(CommandFailure) {
        guard let dataset = state.dataset, let splits = state.splits else { return }
        do {
            state.prepared = try PreparedData(dataset: dataset, splits: splits, method: state.preprocessing)
        } catch { throw CommandFailure(error) }
        state.results["classes"] = .number(Double(dataset.classCount))
        state.results["features"] = .number(Double(state.prepared!.train.featureCount))
        state.results["samples"] = .number(Double(dataset.sampleCount))
    }

    /// `spiral: 300 samples, 2 features, 3 classes; split 240 train / 30 val / 30 test`.
    static func summary(_ state: SessionState) -> String {
        guard let dataset = state.dataset, let prepared = state.prepared else { return "no data" }
        let image = dataset.imageShape.map { ", \($0.height)x\($0.width) images" } ?? ""
        return "\(dataset.name): \(dataset.sampleCount) samples, \(dataset.featureCount) features, \(dataset.classCount) classes\(image); "
            + "split \(prepared.train.sampleCount) train / \(prepared.validation.sampleCount) val / \(prepared.test.sampleCount) test"
    }
}
