@preconcurrency import Glibc
import TextPlot

/// What the executable learns from its environment: whether streams are terminals,
/// the terminal's size, and `NO_COLOR`, `FORCE_COLOR` and `TERM`. Only the executable
/// reads the environment; the libraries get plain values.
enum Terminal {
    /// Whether standard input is a terminal (an interactive session).
    static var isInputInteractive: Bool { isatty(STDIN_FILENO) == 1 }

    /// The width in columns of the terminal behind `descriptor`, or nil when it is not a terminal or reports 0.
    static func columns(of descriptor: Int32 = STDOUT_FILENO) -> Int? {
        size(of: descriptor)?.columns
    }

    /// The size of the terminal behind `descriptor`, or nil when unknown.
    static func size(of descriptor: Int32) -> (columns: Int, lines: Int)? {
        var window = winsize()
        guard isatty(descriptor) == 1, ioctl(descriptor, UInt(TIOCGWINSZ), &window) == 0,
              window.ws_col > 0, window.ws_row > 0 else { return nil }
        return (Int(window.ws_col), Int(window.ws_row))
    }

    /// The environment of standard output, for `RenderTarget.resolve`.
    static func environment() -> TerminalEnvironment {
        TerminalEnvironment(
            isTTY: isatty(STDOUT_FILENO) == 1,
            noColor: isSet("NO_COLOR"),
            forceColor: isSet("FORCE_COLOR"),
            term: variable("TERM"),
            terminalSize: size(of: STDOUT_FILENO)
        )
    }

    /// An environment variable's value, nil when unset.
    static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Whether a variable is set to a non-empty value (the NO_COLOR convention).
    static func isSet(_ name: String) -> Bool {
        variable(name).map { !$0.isEmpty } ?? false
    }
}
