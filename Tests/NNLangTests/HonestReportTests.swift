import Testing
@testable import NNLang

/// Reports that say what the numbers really are.
@Suite struct HonestReportTests {
    @Test func aStepTooSmallForTheCheckIsCalledOut() {
        let setup = "seed 0\ndata spiral\nmodel 2 -> 20 tanh -> 3\n"
        let (_, blind) = session(setup + "check gradients h=1e-12")
        #expect(blind.contains("h=1e-12 is too small"), "\(blind)")
        #expect(blind.contains(" at h=1e-12)"), "\(blind)")
        let (_, sound) = session(setup + "check gradients")
        #expect(!sound.contains("too small"), "\(sound)")
    }

    @Test func aRunThatKeptNothingShowsNoNumbersOfItsOwn() {
        let (interpreter, output) = session("seed 0\ndata blobs\nmodel 2 -> 8 relu -> 3\noptimizer sgd\ntrain epochs=3 lr=[1e6, 0.1]\nshow runs")
        let diverged = output.split(separator: "\n").filter { $0.contains("diverged at step") }
        #expect(diverged.count == 2, "\(output)")
        for row in diverged {
            #expect(row.contains("kept none"))
            #expect(row.split(separator: " ").filter { $0 == "-" }.count == 4, "\(row)")
        }
        #expect(interpreter.state.runs.count == 2)
    }

    @Test func aHighInitialLossSuggestsWhatIsNotInUseAlready() {
        let raw = "seed 0\ndata blobs\nmodel 2 -> 16 relu -> 3\ninit xavier\ncheck loss"
        let (_, unscaled) = session(raw)
        #expect(unscaled.contains("try preprocess standardize (the raw inputs spread widely"), "\(unscaled)")
        #expect(unscaled.contains("or init normal std=0.01"), "\(unscaled)")
        #expect(!unscaled.contains("or init xavier"), "xavier is in use: \(unscaled)")
        let (_, large) = session("seed 0\ndata spiral\nmodel 2 -> 16 relu -> 3\ninit normal std=5\ncheck loss")
        #expect(large.contains("try init normal std=0.01, or init xavier"), "\(large)")
        #expect(!large.contains("standardize"), "spiral's inputs are small already: \(large)")
    }

    @Test func preprocessNoneSaysNothingIsFitted() {
        let (_, output) = session("seed 0\ndata blobs\npreprocess standardize\npreprocess none")
        #expect(output.contains("preprocess none: the features are used as they are; 2 features"), "\(output)")
    }
}

/// The session's settings print as the commands that give them.
@Suite struct ConfigEchoTests {
    @Test func showConfigNamesAugmentationAndWeightDecayAsTheyAreTyped() {
        let (_, output) = session("seed 0\ndata digits\naugment flip crop=1\noptimizer adamw wd=0.1\nshow config")
        #expect(output.contains("flip crop=1") && !output.contains("Augmentation("), "\(output)")
        #expect(output.contains("wd=0.1") && !output.contains("weight_decay"), "\(output)")
    }
}
