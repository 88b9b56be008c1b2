import Testing
@testable import NNLab
@testable import NNLang

/// `freeze`, `unfreeze` and `head`: training changes only what is not frozen, a new head
/// replaces the last layer, and a lower rate multiplier moves its layers less.
@Suite struct TransferCommandTests {
    static let setup = "seed 0\ndata digits\nmodel 64 -> 32 relu -> 10\n"

    private func weights(_ interpreter: Interpreter, layer: Int) -> [UInt32] {
        interpreter.state.network!.layers[layer].parameters.flatMap { $0.storage.map(\.bitPattern) }
    }

    @Test func frozenLayersStayBitIdenticalWhileTheRestTrains() {
        let (before, _) = session(Self.setup)
        let (after, output) = session(Self.setup + "freeze 0..1\ntrain epochs=1")
        #expect(output.contains("frozen: 0 (linear(64,32)), 1 (relu); training now changes 330 of 2410 parameters"), "\(output)")
        #expect(weights(after, layer: 0) == weights(before, layer: 0))
        #expect(weights(after, layer: 2) != weights(before, layer: 2))
    }

    @Test func showModelCountsOnlyTheLayersTrainingChanges() {
        let (_, output) = session(Self.setup + "freeze 0..1\nshow model\nunfreeze\nshow model")
        // 2410 parameters, 2080 of them in the frozen first layer: 330 left to train.
        #expect(output.contains("64 -> 32 relu -> 10: 2410 parameters, 330 of them trainable (the rest frozen)"), "\(output)")
        #expect(output.contains("64 -> 32 relu -> 10: 2410 trainable parameters"), "\(output)")
    }

    @Test func aPretrainedBodyTakesANewHeadForDataOfOtherClasses() throws {
        let (interpreter, output) = session(Self.setup + "train epochs=1\nsave model pre\ndata digits only=[5,6,7] points=20\n"
                                            + "load model pre\nhead\nfreeze 0..1\ntrain epochs=1")
        #expect(output.contains("does not fit this data"), "\(output)")
        #expect(output.contains("new head: layer 2, linear(32,3)"), "\(output)")
        let (pretrained, _) = session(Self.setup + "train epochs=1")
        #expect(weights(interpreter, layer: 0) == weights(pretrained, layer: 0), "the frozen body is the pretrained one")
        #expect(interpreter.state.lastRuns.count == 1 && interpreter.state.network?.outputFeatures == 3)
    }

    @Test func unfreezeTrainsAgainAtTheRateMultipleGiven() {
        let (before, _) = session(Self.setup)
        let (full, _) = session(Self.setup + "optimizer sgd lr=0.1\ntrain steps=5")
        let (gentle, output) = session(Self.setup + "optimizer sgd lr=0.1\nfreeze 0\nunfreeze 0 lr_scale=0.1\ntrain steps=5\nshow model")
        #expect(output.contains("trainable: 0 (linear(64,32)) at 0.1x the learning rate"), "\(output)")
        #expect(output.contains("lr x0.1"), "\(output)")
        func moved(_ interpreter: Interpreter) -> Double {
            zip(weights(interpreter, layer: 0), weights(before, layer: 0))
                .reduce(0) { $0 + abs(Double(Float(bitPattern: $1.0)) - Double(Float(bitPattern: $1.1))) }
        }
        #expect(moved(gentle) > 0 && moved(gentle) < 0.2 * moved(full), "\(moved(gentle)) against \(moved(full))")
    }

    @Test func aNewHeadReplacesTheLastLayerAndKeepsTheRest() {
        let (before, _) = session(Self.setup)
        let (after, output) = session(Self.setup + "freeze 0\nhead classes=3\nshow model")
        #expect(output.contains("new head: layer 2, linear(32,3) with PyTorch's default initialization (99 parameters)"), "\(output)")
        let network = after.state.network!
        #expect(network.outputFeatures == 3 && network.isFrozen == [true, false, false])
        #expect(weights(after, layer: 0) == weights(before, layer: 0))
        #expect(after.state.optimizer == nil)
    }

    @Test func badLayersAndMissingModelsAreRefusedAndChangeNothing() {
        let (interpreter, output) = session(Self.setup + "freeze 0..7")
        #expect(output.contains("the model has no layer 3: its layers are 0..2") && output.contains("show model"), "\(output)")
        #expect(interpreter.state.network!.isFrozen == [false, false, false])
        let (_, noModel) = session("seed 0\nfreeze 0")
        #expect(noModel.contains("there is no model yet"), "\(noModel)")
        let (_, everything) = session(Self.setup + "freeze 0..2")
        #expect(everything.contains("training would change nothing"), "\(everything)")
    }
}
