@preconcurrency import CReadline
@preconcurrency import Glibc
import Synchronization

/// Set when Ctrl-C cleared the line, so the prompt can drop an unfinished continuation.
let lineWasCleared = Atomic<Bool>(false)

/// Ctrl-C at the prompt, for readline with `rl_catch_signals = 0`: the SIGINT handler
/// only sets `interruptRequested`; readline's `rl_signal_event_hook` (run when the
/// signal interrupts its read) clears the line. A signal that lands just before readline
/// blocks in `read` would wait for the next key, so the key reader also waits with
/// `poll` in steps of 0.1 s and checks the flag between them.
///
/// During a Ctrl-R search, clearing the line would leave the search running (Enter would
/// then accept the line it found), so the key reader first hands readline a Ctrl-G, which
/// ends the search, and clears the line when readline asks for the next key.
enum ReadlineInterrupt {
    /// The prompt shown again on the fresh line: the last one that was not a continuation's.
    nonisolated(unsafe) static var freshPrompt = ""

    /// Readline's key that abandons an incremental search.
    private static let abortKey: Int32 = 7

    /// Installs the signal hook and the key reader.
    static func install() {
        rl_catch_signals = 0
        rl_signal_event_hook = {
            if !ReadlineInterrupt.isSearching { ReadlineInterrupt.clearLineIfInterrupted() }
            return 0
        }
        rl_getc_function = { stream in
            guard let stream else { return EOF }
            var waiting = pollfd(fd: fileno(stream), events: Int16(POLLIN), revents: 0)
            while true {
                if ReadlineInterrupt.isSearching, interruptRequested.load(ordering: .relaxed) {
                    return ReadlineInterrupt.abortKey
                }
                ReadlineInterrupt.clearLineIfInterrupted()
                if poll(&waiting, 1, 100) > 0 { return rl_getc(stream) }
            }
        }
    }

    /// Whether readline is in a Ctrl-R (or Ctrl-S) search.
    private static var isSearching: Bool { rl_readline_state & UInt(RL_STATE_ISEARCH) != 0 }

    /// Empties the line and shows a fresh prompt, when Ctrl-C was pressed.
    static func clearLineIfInterrupted() {
        guard interruptRequested.exchange(false, ordering: .relaxed) else { return }
        lineWasCleared.store(true, ordering: .relaxed)
        rl_free_line_state()
        rl_replace_line("", 0)
        rl_crlf()
        rl_set_prompt(freshPrompt)
        rl_on_new_line()
        rl_redisplay()
    }
}
