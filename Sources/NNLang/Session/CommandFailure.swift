import NNLab

/// Why a checked command could not do its work; becomes a `commandFailed` diagnostic
/// at the command, with the fix.
public struct CommandFailure: Error, Sendable {
    /// What went wrong.
    public var message: String
    /// What to do about it.
    public var fix: String?
    /// The typed option the failure is about, which the diagnostic points at (else the whole command).
    public var option: String?
    /// The part of the command the failure is about, when it is not an option.
    public var range: SourceRange?

    /// A failure with a message and a fix, about `option` or the text at `range` when one is given.
    public init(_ message: String, fix: String? = nil, option: String? = nil, at range: SourceRange? = nil) {
        self.message = message
        self.fix = fix
        self.option = option
        self.range = range
    }

    /// The failure for an error from the core, whose description already says the fix.
    public init(_ error: some Error & CustomStringConvertible) {
        message = error.description
        fix = nil
    }
}

/// What a handler may use besides the command and the state.
public struct HandlerContext {
    /// Reports training progress (a terminal draws a progress bar; transcripts ignore it).
    public var onProgress: (NNLab.TrainingEvent) -> Void
    /// Hands over a run to watch live before it starts (only when live view is on).
    public var onLiveRun: (LiveRun) -> Void = { _ in }
    /// Polled between training steps; true interrupts the running command.
    public var isInterrupted: () -> Bool
    /// Where files may be read and written.
    public var fileAccess: FileAccess = .unrestricted
    /// Threads a search spreads its trials over.
    public var searchWorkers: Int = ParallelTrials.defaultWorkers
    /// The slice of each search's trials to run (`nnlab run --shard i/N`); nil runs them all.
    public var searchShard: Shard?
    /// The values of the `for` loops around the command, outermost first (`o=sgd`).
    public var loopValues: [String] = []

    /// What a run with no `name=` inside loops is called: their values, `o=sgd b=8`.
    var loopName: String? { loopValues.isEmpty ? nil : loopValues.joined(separator: " ") }
}
