import Testing
@testable import NNLab
@testable import NNLang

/// Slips a learner makes early, each answered with what happened and where, never ignored.
@Suite struct LearnerSlipTests {
    static let setup = "seed 0\ndata spiral points=30\n"

    @Test func printAndExpectEchoTheExpressionAsTyped() {
        let (_, transcript) = session("print (1+2)*3, 2*(3+4), -(2)\nexpect (1+1) == 2")
        #expect(transcript.contains("(1+2)*3 = 9, 2*(3+4) = 14, -(2) = -2"), "\(transcript)")
        #expect(transcript.contains("PASS (1+1) == 2"), "\(transcript)")
    }

    @Test func anOptionThatWouldDoNothingIsRefusedWhereItIsTyped() {
        let (svm, svmText) = session(Self.setup + "loss svm smoothing=0.3")
        #expect(svm.state.loss.kind == .softmax, "the failed command changed nothing")
        #expect(svmText.contains("smoothing= does nothing with the svm loss") && svmText.contains("test.nnlab:3:10"), "\(svmText)")
        let (_, trainText) = session(Self.setup + "model 2 -> 8 relu -> 3\nloss svm\ntrain epochs=1 smoothing=0.2")
        #expect(trainText.contains("error: smoothing= does nothing") && trainText.contains("test.nnlab:5:16"), "\(trainText)")
        let (augment, augmentText) = session(Self.setup + "augment noise=0.1\naugment none noise=0.2")
        #expect(augmentText.contains("augment none turns augmentation off, so noise would do nothing"), "\(augmentText)")
        #expect(augment.state.augmentation.noise == 0.1)
        let (_, evalText) = session(Self.setup + "model 2 -> 8 relu -> 3\ntrain epochs=2 eval=3")
        #expect(evalText.contains("test.nnlab:4:16"), "the caret is at eval=: \(evalText)")
    }

    @Test func aModelThatDoesNotFitTheDataIsPointedAtItsSize() {
        let (_, transcript) = session(Self.setup + "model 2 -> 16 relu -> 4")
        #expect(transcript.contains("the model ends with 4") && transcript.contains("test.nnlab:3:23"), "\(transcript)")
    }

    @Test func anActivationAfterTheLastSizeIsWarnedAbout() {
        let (interpreter, transcript) = session(Self.setup + "model 2 -> 16 relu -> 3 relu")
        #expect(interpreter.state.network != nil)
        #expect(transcript.contains("warning: the model ends with relu after its last size"), "\(transcript)")
        let (_, plain) = session(Self.setup + "model 2 -> 16 relu -> 3 dropout(0.1)\nmodel 2 -> 16 relu -> 3")
        #expect(!plain.contains("warning"), "\(plain)")
    }

    /// Dropout layers have no weights, so with dropout off the copy trains exactly as the model without them.
    @Test func overfitTrainsWithDropoutOff() throws {
        let (dropout, _) = session(Self.setup + "model 2 -> 32 relu dropout(0.5) -> 3\noverfit samples=10 steps=50")
        let (plain, _) = session(Self.setup + "model 2 -> 32 relu -> 3\noverfit samples=10 steps=50")
        let loss = try #require(dropout.state.results["train_loss"])
        #expect(loss == plain.state.results["train_loss"])
    }

    @Test func theBestEpochOfAStepRunIsAnEpochOfTheRun() throws {
        let (interpreter, _) = session("seed 0\ndata blobs points=50\nmodel 2 -> 16 relu -> 3\n"
                                       + "train steps=10 lr=0.1 batch=16 eval=4")
        let run = try #require(interpreter.state.runs.last)
        let epochs = try #require(interpreter.state.results["epochs_run"]?.number)
        let best = try #require(interpreter.state.results["best_epoch"]?.number)
        #expect(best >= 1 && best <= epochs, "best_epoch \(best) of \(epochs) epochs")
        let point = try #require(run.bestEpoch)
        #expect(best == Double(run.stepEpochs[run.epochs[point - 1].step - 1]))
    }

    @Test func anEmptyValidationSplitIsSaidAtOnce() {
        let (_, transcript) = session("seed 0\ndata blobs points=20\nsplit train=0.9 val=0 test=0.1")
        #expect(transcript.contains("warning: the val split is empty"), "\(transcript)")
        let (_, healthy) = session("seed 0\ndata blobs points=20")
        #expect(!healthy.contains("warning"), "\(healthy)")
    }

    @Test func keepingFewerThanTwoClassesIsRefused() {
        for only in ["[3]", "[]"] {
            let (interpreter, transcript) = session("data blobs classes=4 only=\(only)")
            #expect(interpreter.state.dataset == nil)
            #expect(transcript.contains("and a classifier needs 2 or more") && transcript.contains("test.nnlab:1:22"), "\(transcript)")
        }
    }
}
