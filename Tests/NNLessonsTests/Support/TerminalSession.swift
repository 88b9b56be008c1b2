import Foundation
import Glibc

/// `nnlab` on a pseudo-terminal, driven like a person at a keyboard: keys go in,
/// the screen's bytes come out. Ctrl-C is sent as SIGINT to the process (the child
/// has no controlling terminal, so the line discipline would not send it).
final class TerminalSession {
    /// The running executable.
    let process = Process()
    /// The terminal's controlling side.
    private let master: Int32
    /// Everything the program wrote so far.
    private(set) var screen = ""
    /// Where the next `waitFor` starts looking.
    private var cursor: String.Index

    /// Starts `binary` with `arguments` on a new 100x30 pseudo-terminal.
    init(binary: URL, arguments: [String] = [], environment: [String: String]) throws {
        // posix_openpt and ptsname are not visible to Swift; these are the Linux ioctls behind them.
        let unlockRequest: UInt = 0x4004_5431, numberRequest: UInt = 0x8004_5430 // TIOCSPTLCK, TIOCGPTN
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: Int32 = 0
        guard master >= 0, ioctl(master, unlockRequest, &unlock) == 0, ioctl(master, numberRequest, &number) == 0 else {
            throw POSIXError(.ENXIO)
        }
        let name = "/dev/pts/\(number)"
        var size = winsize(ws_row: 30, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw POSIXError(.ENXIO) }
        defer { close(slave) }
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        cursor = screen.startIndex
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    /// Types `keys` (`\r` is Enter, `\t` Tab, `\u{4}` Ctrl-D).
    func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Presses Ctrl-C.
    func interrupt() {
        kill(process.processIdentifier, SIGINT)
    }

    /// Reads until `text` appears after the last match; false after `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let range = screen.range(of: text, range: cursor..<screen.endIndex) {
                cursor = range.upperBound
                return true
            }
            guard readSome(until: deadline) else { break }
        }
        return false
    }

    /// Waits for the process to end and returns its status (nil on timeout).
    func exitStatus(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline {
            _ = readSome(until: Date().addingTimeInterval(0.05))
        }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// Reads what is available, waiting at most until `deadline`; false at end of output.
    private func readSome(until deadline: Date) -> Bool {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
        guard poll(&poller, 1, milliseconds) > 0 else { return true }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        let offset = screen.distance(from: screen.startIndex, to: cursor)
        screen += String(decoding: buffer[..<count], as: UTF8.self)
        cursor = screen.index(screen.startIndex, offsetBy: offset)
        return true
    }
}
