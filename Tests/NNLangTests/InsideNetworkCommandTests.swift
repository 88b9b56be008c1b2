import Testing
@testable import NNLab
@testable import NNLang

/// `show gradients` and `show updates`: the numbers shown are the network's own backward
/// pass and the run's real steps, nothing moves, and both refuse without what they need.
@Suite struct InsideNetworkCommandTests {
    static let setup = "seed 0\ndata digits\nmodel 64 -> 32 relu -> 10\n"

    private func bits(_ network: Network) -> [UInt32] {
        network.layers.flatMap { $0.parameters.flatMap { $0.storage.map(\.bitPattern) } }
    }

    /// ‖g‖ of every parameter tensor straight from a forward and backward pass on a copy.
    private func directNorms(_ network: Network, inputs: Matrix, labels: [Int], loss: LossFunction) -> [Double] {
        let twin = network.copy()
        var context = LayerContext(mode: .training, dropoutRandom: RandomSource(seed: 1), updatesRunningStatistics: false)
        context.isDropoutEnabled = false
        twin.forward(inputs, context: &context)
        var gradient = Matrix(rows: 0, columns: 0)
        _ = loss.evaluate(scores: twin.output, targets: LossTargets(labels), gradient: &gradient)
        twin.backward(outputGradient: gradient)
        return twin.layers.flatMap { $0.gradients.map { $0.storage.reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot() } }
    }

    @Test func gradientNormsAreTheBackwardPassAndNothingMoves() throws {
        let (before, _) = session(Self.setup)
        let (after, output) = session(Self.setup + "show gradients")
        #expect(bits(after.state.network!) == bits(before.state.network!))
        let train = before.state.prepared!.train
        let count = min(train.sampleCount, ShowHandler.gradientBatch)
        let norms = directNorms(before.state.network!, inputs: train.features.gatherRows(0..<count),
                                labels: Array(train.labels[0..<count]), loss: before.state.loss)
        #expect(norms.count == 4)
        for (name, norm) in zip(["0.weight", "0.bias", "2.weight", "2.bias"], norms) {
            #expect(output.contains(name), "\(output)")
            #expect(output.contains(formatNumber(norm)), "\(name) \(formatNumber(norm)) in \(output)")
        }
        #expect(output.contains("gradients on the first \(count) training samples"), "\(output)")
    }

    @Test func sgdUpdateRatioIsRateTimesGradientOverWeight() throws {
        let (before, _) = session(Self.setup)
        let (after, output) = session(Self.setup + "optimizer sgd lr=0.1\ntrain steps=1 batch=all\nshow updates")
        let train = before.state.prepared!.train
        let network = before.state.network!
        let norms = directNorms(network, inputs: train.features, labels: train.labels, loss: before.state.loss)
        let weightNorms = network.layers.flatMap { $0.parameters.map { $0.storage.reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot() } }
        let expected = [0.1 * norms[0] / weightNorms[0], 0.1 * norms[2] / weightNorms[2]]
        let run = try #require(after.state.runs.last)
        let measured = Array(run.updateRatios(atStep: 0))
        #expect(measured.count == 2)
        for (m, e) in zip(measured, expected) { #expect(abs(m - e) <= 1e-3 * e, "\(m) against \(e)") }
        guard case let .number(published)? = after.state.results["update_ratio"] else { Issue.record("no update_ratio"); return }
        #expect(published == (measured[0] + measured[1]) / 2, "the median of two ratios is their mean")
        #expect(output.contains("0.weight") && output.contains("2.weight") && output.contains("verdict"), "\(output)")
        #expect(output.contains("update / weight ratio"), "\(output)")
    }

    @Test func verdictsFollowTheOneInAThousandRule() {
        #expect(ShowHandler.verdict(1e-6).contains("too slowly"))
        #expect(ShowHandler.verdict(1e-3).contains("fine"))
        #expect(ShowHandler.verdict(0.1).contains("too high"))
    }

    @Test func refusalsSayWhatToDo() {
        let (_, noData) = session("seed 0\nshow gradients")
        #expect(noData.contains("error") || noData.contains("no data"), "\(noData)")
        let (_, noModel) = session("seed 0\ndata digits\nshow gradients")
        #expect(noModel.lowercased().contains("model"), "\(noModel)")
        let (_, noRun) = session(Self.setup + "show updates")
        #expect(noRun.contains("there is no run to show updates of yet") && noRun.contains("train epochs=5"), "\(noRun)")
        #expect(!noRun.contains("not built yet"))
    }
}
