import NNLang
import NNLessons

/// Shows the stepper's events: prose as it is written, each block under a rule that says
/// what Enter does, outputs as the prompt shows them (a block's statements echoed as
/// `> command`), hints and notes; warnings go to standard error.
struct StepperPrinter {
    /// The training progress bar, erased before output.
    var progress: ProgressBar
    /// Where output goes.
    var output = StandardStream.output

    /// Prints one event.
    func show(_ event: StepperEvent) {
        switch event {
        case let .step(step, number, count):
            showStep(step, number: number, of: count)
        case let .output(statement, source, display, isEchoed):
            SessionPrinter(echoesCommands: isEchoed, isTranscript: !output.isTerminal, progress: progress, output: output)
                .print(statement, source: source, display: display)
        case let .hint(text, number, count):
            output.writeLine("Hint \(number) of \(count): \(text)")
        case .solution(let code):
            output.writeLine("No more hints. The solution:\n" + Self.indented(code))
        case .note(let text):
            progress.clear()
            output.writeLine(text)
        case .warning(let text):
            progress.clear()
            StandardStream.error.writeLine(text.hasPrefix("nnlab: ") ? text : "nnlab: " + text)
        case let .finished(closingProse, summary):
            if !closingProse.isEmpty { output.writeLine("\n" + closingProse) }
            output.writeLine("\n" + summary + ". :back goes back, :restart starts over, :save FILE keeps your notes, :quit leaves.")
        }
    }

    private func showStep(_ step: LessonStep, number: Int, of count: Int) {
        if !step.prose.isEmpty { output.writeLine("\n" + step.prose) }
        let what = step.kind == .exercise
            ? "exercise: fill the ??? holes on the line below, then Enter (:hint, :skip)"
            : "Enter runs the block"
        output.writeLine("\n── step \(number) of \(count) · \(what) ──\n" + Self.indented(step.block.code))
    }

    /// Code indented by four spaces, as Markdown shows code.
    static func indented(_ code: String) -> String {
        code.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }
}
