import Testing
@testable import NNLang
import NNLab

/// Ctrl-C, as the prompt delivers it (`Interpreter.isInterrupted` turning true): a `for`
/// loop and a line of statements stop once, with one message, and `check gradients`
/// stops between entries.
@Suite struct InterruptTests {
    static let setup = "seed 0\ndata spiral classes=3 points=20\nmodel 2 -> 8 relu -> 3"

    /// A session whose Ctrl-C "arrives" at the first progress event that `arrives` accepts.
    final class Session {
        let interpreter = Interpreter()
        var isInterrupted = false

        init(interruptWhen arrives: @escaping (TrainingEvent) -> Bool) {
            _ = interpreter.run(SourceFile(name: "setup", text: InterruptTests.setup)) { _ in }
            interpreter.onProgress = { [unowned self] event in if arrives(event) { isInterrupted = true } }
            interpreter.isInterrupted = { [unowned self] in isInterrupted }
        }

        /// Runs one entry and returns its text output.
        func run(_ text: String) -> String {
            let source = SourceFile(name: "<prompt>", text: text)
            let renderer = TranscriptRenderer(source: source)
            var output = ""
            _ = interpreter.run(source) { output += renderer.render(command: $0.source, blocks: $0.blocks) }
            return output
        }
    }

    static func atFirstStep(_ event: TrainingEvent) -> Bool {
        if case .step = event { return true } else { return false }
    }

    @Test func ctrlCEndsAForLoopWithOneMessage() {
        let session = Session(interruptWhen: Self.atFirstStep)
        let output = session.run("for lr in [0.1, 0.01, 0.001]: train steps=20 lr=lr; print lr")
        #expect(output.contains("# lr = 0.1"))
        #expect(output.contains("interrupted before step 2"))
        #expect(!output.contains("# lr = 0.01") && !output.contains("\nlr = 0.1"))
        #expect(output.components(separatedBy: "interrupted").count - 1 == 2, "\(output)")
        #expect(output.contains("warning: interrupted: the loop stopped at lr = 0.1 (1 of 3 values)"))
        #expect(session.interpreter.state.runs.count == 1)
    }

    @Test func ctrlCEndsTheRestOfALine() {
        let session = Session(interruptWhen: Self.atFirstStep)
        let output = session.run("print 1; train steps=20; print 2; print 3")
        #expect(output.contains("1 = 1"))
        #expect(!output.contains("2 = 2") && !output.contains("3 = 3"))
        #expect(output.contains("warning: interrupted: the 2 statements after this one did not run"))
    }

    @Test func aLoopThatIsNotInterruptedRunsEveryValue() {
        let session = Session(interruptWhen: { _ in false })
        let output = session.run("for x in [1, 2, 3]: print x")
        #expect(output.contains("x = 1") && output.contains("x = 2") && output.contains("x = 3"))
        #expect(!output.contains("interrupted"))
    }

    @Test func ctrlCStopsCheckGradientsAndPublishesNothing() {
        var events = 0
        let session = Session(interruptWhen: { event in
            guard case .progress = event else { return false }
            events += 1
            return events == 5
        })
        let output = session.run("check gradients")
        #expect(output.contains("interrupted after 5 of the 47 entries planned"), "\(output)")
        #expect(output.contains("0.weight  5 of 16"))
        #expect(session.interpreter.state.results["grad_error"] == nil)
    }
}

/// `check gradients` checks a bounded, seeded sample of each tensor, says how much it checked,
/// and reports its progress.
@Suite struct CheckGradientsSamplingTests {
    static func run(_ lines: String) -> (String, Interpreter, [TrainingEvent]) {
        let interpreter = Interpreter()
        var events: [TrainingEvent] = []
        interpreter.onProgress = { events.append($0) }
        let source = SourceFile(name: "check.nnlab", text: lines)
        let renderer = TranscriptRenderer(source: source)
        var output = ""
        let outcome = interpreter.run(source) { output += renderer.render(command: $0.source, blocks: $0.blocks) }
        #expect(outcome.error == nil, "\(output)")
        return (output, interpreter, events)
    }

    @Test func theDefaultSamplesTwentyEntriesPerTensorAndSaysSo() {
        let (output, interpreter, events) = Self.run("data spiral points=20\nmodel 2 -> 100 relu -> 3\ncheck gradients")
        #expect(output.contains("0.weight  20 of 200"))
        #expect(output.contains("2.bias    3 of 3"))
        #expect(output.contains("on 4 samples, 63 of 603 entries (at most 20 per tensor, chosen at random)"))
        #expect(interpreter.state.results["grad_error"] != nil)
        let progress = events.compactMap { event -> (Int, Int)? in
            if case let .progress(task, done, total) = event, task == "checking gradients" { return (done, total) }
            return nil
        }
        #expect(progress.map(\.0) == Array(1...63) && progress.allSatisfy { $0.1 == 63 })
    }

    @Test func entriesAllChecksEveryEntry() {
        let (output, _, _) = Self.run("data spiral points=20\nmodel 2 -> 100 relu -> 3\ncheck gradients entries=all")
        #expect(output.contains("0.weight  200 of 200"))
        #expect(output.contains("on 4 samples, 603 of 603 entries, h=1e-5"))
    }

    /// The work is entries per tensor times tensors, whatever the tensors' sizes: the model
    /// that ran for minutes checks 20 entries of each of its 250,000-entry weights.
    @Test func theWorkIsBoundedByTheSampleNotTheModel() {
        let (output, _, events) = Self.run("""
            data gaussian dims=300 classes=3 points=5
            model 300 -> (300 tanh)*3 -> 3
            check gradients entries=5 samples=2
            """)
        #expect(output.contains("0.weight  5 of 90000"))
        #expect(output.contains("on 2 samples, 38 of 271803 entries (at most 5 per tensor, chosen at random)"), "\(output)")
        let last = events.last { if case .progress = $0 { return true } else { return false } }
        guard case let .progress(_, done, total)? = last else { Issue.record("no progress"); return }
        #expect(done == 38 && total == 38)
    }

    @Test func theSampleRepeatsWithTheSeed() {
        let script = "seed 3\ndata spiral points=20\nmodel 2 -> 50 tanh -> 3\ncheck gradients entries=3\nprint grad_error"
        #expect(Self.run(script).0 == Self.run(script).0)
    }
}
