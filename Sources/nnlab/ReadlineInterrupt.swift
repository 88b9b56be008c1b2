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
enum ReadlineInterrupt {
    /// Installs the signal hook and the key reader.
    static func install() {
        rl_catch_signals = 0
        rl_signal_event_hook = {
            ReadlineInterrupt.clearLineIfInterrupted()
            return 0
        }
        rl_getc_function = { stream in
            guard let stream else { return EOF }
            var waiting = pollfd(fd: fileno(stream), events: Int16(POLLIN), revents: 0)
            while true {
                ReadlineInterrupt.clearLineIfInterrupted()
                if poll(&waiting, 1, 100) > 0 { return rl_getc(stream) }
            }
        }
    }

    /// Empties the line and shows a fresh primary prompt, when Ctrl-C was pressed.
    static func clearLineIfInterrupted() {
        guard interruptRequested.exchange(false, ordering: .relaxed) else { return }
        lineWasCleared.store(true, ordering: .relaxed)
        rl_free_line_state()
        rl_replace_line("", 0)
        rl_crlf()
        rl_set_prompt(Prompt.primary)
        rl_on_new_line()
        rl_redisplay()
    }
}
