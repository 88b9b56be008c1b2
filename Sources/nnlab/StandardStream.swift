@preconcurrency import Glibc

/// Standard output or standard error, written with `write(2)` so that a signal
/// interrupting the write (Ctrl-C, whose handler has no SA_RESTART) loses nothing.
struct StandardStream: Sendable {
    /// The file descriptor.
    let descriptor: Int32

    /// Standard output.
    static let output = StandardStream(descriptor: STDOUT_FILENO)
    /// Standard error.
    static let error = StandardStream(descriptor: STDERR_FILENO)

    /// Whether the stream is a terminal.
    var isTerminal: Bool { isatty(descriptor) == 1 }

    /// Writes all of `text`, retrying after interruptions; a closed pipe ends silently.
    func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written > 0 {
                offset += written
            } else if written < 0, errno == EINTR {
                continue
            } else {
                return
            }
        }
    }

    /// Writes `text` and a line break.
    func writeLine(_ text: String) {
        write(text + "\n")
    }
}
