@preconcurrency import Glibc
import Synchronization

/// The errno of the first failed write to standard output, 0 while none failed.
let outputWriteError = Atomic<Int32>(0)

/// Standard output or standard error, written with `write(2)` so that a signal
/// interrupting the write (Ctrl-C, whose handler has no SA_RESTART) loses nothing.
/// A failed write to standard output (a full disk, `> /dev/full`, a closed pipe when
/// SIGPIPE is ignored) is remembered in `outputWriteError`; `nnlab` then stops and
/// exits 2 saying so (`CommandLineEntry`). After a failure nothing more is written there.
struct StandardStream: Sendable {
    /// The file descriptor.
    let descriptor: Int32

    /// Standard output.
    static let output = StandardStream(descriptor: STDOUT_FILENO)
    /// Standard error.
    static let error = StandardStream(descriptor: STDERR_FILENO)

    /// Whether the stream is a terminal.
    var isTerminal: Bool { isatty(descriptor) == 1 }

    /// Whether a write to standard output has failed.
    static var outputHasFailed: Bool { outputWriteError.load(ordering: .relaxed) != 0 }

    /// Writes all of `text`, retrying after interruptions and waiting while a non-blocking
    /// descriptor is full; a failure on standard output is recorded, on standard error ignored.
    func write(_ text: String) {
        if descriptor == STDOUT_FILENO, Self.outputHasFailed { return }
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
            } else if written < 0, errno == EAGAIN {
                var waiting = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&waiting, 1, 1000)
            } else {
                if descriptor == STDOUT_FILENO {
                    _ = outputWriteError.compareExchange(expected: 0, desired: written < 0 ? errno : ENOSPC, ordering: .relaxed)
                }
                return
            }
        }
    }

    /// Writes `text` and a line break.
    func writeLine(_ text: String) {
        write(text + "\n")
    }

    /// The message for a failed write to standard output, e.g. `... the disk is full (ENOSPC)`, or nil.
    static var outputFailureMessage: String? {
        let code = outputWriteError.load(ordering: .relaxed)
        guard code != 0 else { return nil }
        let reason = switch code {
        case ENOSPC: "the disk is full (ENOSPC)"
        case EPIPE: "the reader closed the pipe (EPIPE)"
        case EDQUOT: "the disk quota is used up (EDQUOT)"
        case EFBIG: "the file is larger than allowed (EFBIG)"
        case EIO: "an input/output error (EIO)"
        case EBADF: "standard output is closed (EBADF)"
        default: String(cString: strerror(code)) + " (errno \(code))"
        }
        return "nnlab: cannot write the output to standard output: \(reason); the output is incomplete"
    }
}
