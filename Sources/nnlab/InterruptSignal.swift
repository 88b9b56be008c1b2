@preconcurrency import Glibc
import NNLab
import Synchronization

/// Set by the SIGINT handler; read between training steps and by readline's signal hook.
/// A global because a C signal handler can capture nothing (PLATFORM-NOTES.md).
let interruptRequested = Atomic<Bool>(false)
/// Whether a command is running, so that a second Ctrl-C during it quits at once.
let commandIsRunning = Atomic<Bool>(false)

/// Ctrl-C for the interactive prompt: a `sigaction` handler without `SA_RESTART` that
/// only sets a flag. At the prompt readline's read is interrupted and its signal hook
/// clears the line; while a command runs, training polls the flag between steps and
/// stops. A second Ctrl-C while a command is still running exits (status 130), for
/// computations that do not poll.
enum InterruptSignal {
    /// Installs the handler, and unblocks SIGINT in case the parent spawned us with it
    /// blocked (a thread pool's mask is inherited through `posix_spawn`).
    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            let wasRequested = interruptRequested.exchange(true, ordering: .relaxed)
            if wasRequested, commandIsRunning.load(ordering: .relaxed) {
                AtomicFile.removePendingTemporaryFile()
                _exit(130)
            }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        sigaddset(&unblocked, SIGINT)
        sigprocmask(SIG_UNBLOCK, &unblocked, nil)
    }

    /// For every command: SIGTERM and SIGHUP (and SIGINT, until the prompt installs its
    /// own handler) remove the temporary file of a save in progress, then end the process
    /// as the signal would have; SIGXFSZ is ignored, so a write over `ulimit -f` fails
    /// with an error (and a message) instead of killing nnlab.
    static func installCleanup() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            AtomicFile.removePendingTemporaryFile()
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            var current = sigaction()
            // A signal the parent ignores (nohup, a background job's SIGINT) stays ignored.
            if sigaction(signal, nil, &current) == 0, isIgnored(current) { continue }
            sigaction(signal, &action, nil)
        }
        Glibc.signal(SIGXFSZ, SIG_IGN)
    }

    /// Whether a disposition is SIG_IGN (function pointers cannot be compared directly).
    private static func isIgnored(_ action: sigaction) -> Bool {
        unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    /// Whether Ctrl-C was pressed since the last `reset`.
    static var isRequested: Bool { interruptRequested.load(ordering: .relaxed) }

    /// Forgets an earlier Ctrl-C.
    static func reset() {
        interruptRequested.store(false, ordering: .relaxed)
    }

    /// Runs `body` as a command: Ctrl-C first interrupts it, a second one quits.
    static func whileRunningCommand<Result>(_ body: () -> Result) -> Result {
        reset()
        commandIsRunning.store(true, ordering: .relaxed)
        defer {
            commandIsRunning.store(false, ordering: .relaxed)
            reset()
        }
        return body()
    }
}
