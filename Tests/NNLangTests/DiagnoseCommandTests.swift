import Testing
@testable import NNLang

/// `diagnose` on real runs: the cases the lectures read from curves.
@Suite struct DiagnoseCommandTests {
    private func diagnosis(_ script: String) -> (String?, String) {
        let (interpreter, output) = session(script + "\ndiagnose")
        return (interpreter.state.results["diagnosis"]?.text, output)
    }

    @Test func sgdAtFiftyIsExploding() {
        let (finding, output) = diagnosis("seed 0\ndata digits\nmodel 64 -> 64 relu -> 10\noptimizer sgd\ntrain epochs=3 lr=50")
        #expect(finding == "exploding", "\(output)")
        #expect(output.contains("the run diverged at step") && output.contains("try: lower the learning rate"))
    }

    @Test func aRateOfOneTenMillionthIsFlat() {
        let (finding, output) = diagnosis("seed 0\ndata digits\nmodel 64 -> 64 relu -> 10\noptimizer sgd\ntrain epochs=3 lr=1e-7")
        #expect(finding == "flat", "\(output)")
        #expect(output.contains("try: raise the learning rate"))
    }

    /// Ten Adam steps of 1e-7: the batch losses wander, the weights do not move.
    @Test func aShortRunAtATinyRateIsFlatThoughItsBatchLossesWander() {
        let (finding, output) = diagnosis("seed 0\ndata spiral points=50\nmodel 2 -> 16 relu -> 3\ntrain epochs=5 lr=1e-7")
        #expect(finding == "flat", "\(output)")
        #expect(output.contains("the weights barely moved"), "\(output)")
    }

    @Test func fewSamplesAndABigModelTrainedLongIsOverfitting() {
        let (finding, output) = diagnosis("""
            seed 0
            data spiral points=200 noise=0.4
            split train=0.2 val=0.4 test=0.4
            model 2 -> 256 relu -> 256 relu -> 3
            train epochs=400 lr=0.01
            """)
        #expect(finding == "overfitting", "\(output)")
        #expect(output.contains("val loss fell to") && output.contains("then rose to"))
    }

    @Test func aListOfRunsGetsARowEachAndPublishesTheKeptOne() {
        let (finding, output) = diagnosis("seed 0\ndata digits\nmodel 64 -> 64 relu -> 10\noptimizer sgd\ntrain epochs=3 lr=[50, 1e-7, 0.1]")
        for expected in ["lr=50  ", "exploding", "flat"] { #expect(output.contains(expected), "\(output)") }
        #expect(output.contains("published: diagnosis = \(finding ?? "?"), of the kept run lr=0.1"), "\(output)")
    }

    @Test func withoutARunOrWithTooShortARunItSaysWhatToDo() {
        let (none, first) = diagnosis("seed 0\ndata blobs\nmodel 2 -> 3")
        #expect(none == nil && first.contains("nothing has been trained yet") && first.contains("train epochs=10"), "\(first)")
        let (short, second) = diagnosis("seed 0\ndata blobs\nmodel 2 -> 3\ntrain steps=3")
        #expect(short == nil && second.contains("has 3 steps, too few to read its curves"), "\(second)")
    }
}
