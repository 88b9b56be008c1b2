@preconcurrency import Glibc

/// Lines from standard input when it is not a terminal: no prompt, no echo, no editing
/// (readline would echo both). Input that is not commands ends the session with an
/// error instead of being read forever: a NUL byte (binary data, `nnlab < /dev/zero`)
/// or a line longer than `maximumLineLength`. A Ctrl-C while waiting ends the input
/// as `interrupted`.
struct PlainLineSource: LineSource {
    /// The longest line accepted; commands are far shorter.
    static let maximumLineLength = 1 << 20
    /// Where the bytes come from.
    var descriptor: Int32 = STDIN_FILENO
    /// Bytes read but not yet returned as lines.
    private var pending: [UInt8] = []
    /// Where the unreturned bytes start in `pending`.
    private var start = 0
    /// Where the search for the next line break resumes in `pending`.
    private var scanned = 0
    /// Lines returned so far, for messages.
    private var lineNumber = 0
    /// Whether the input has ended.
    private var isAtEnd = false

    /// Reads the next line with `read(2)`, retrying reads that a signal interrupted.
    mutating func readLine(prompt: String) -> InputLine {
        while true {
            if let newline = pending[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                return takeLine(upTo: newline, dropping: 1)
            }
            scanned = pending.count
            if isAtEnd { return start == pending.count ? .end : takeLine(upTo: pending.count, dropping: 0) }
            if pending.count - start > Self.maximumLineLength {
                return .failed("nnlab: <stdin> line \(lineNumber + 1) is longer than \(Self.maximumLineLength >> 20) MiB "
                               + "without a line break; is the input really commands?")
            }
            if let failure = fill() { return failure }
        }
    }

    /// Plain input keeps no history.
    mutating func remember(_ entry: String) {}

    /// Reads one block into `pending`; an input line for an interruption or a failure.
    private mutating func fill() -> InputLine? {
        var block = [UInt8](repeating: 0, count: 1 << 16)
        let count = block.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { return InterruptSignal.isRequested ? .interrupted : nil }
            return .failed("nnlab: cannot read <stdin>: \(String(cString: strerror(errno)))")
        }
        if count == 0 {
            isAtEnd = true
            return nil
        }
        if let at = block[..<count].firstIndex(of: 0) {
            let line = lineNumber + 1 + pending[start...].count(where: { $0 == UInt8(ascii: "\n") })
                + block[..<at].count(where: { $0 == UInt8(ascii: "\n") })
            return .failed("nnlab: <stdin> holds binary data (a NUL byte on line \(line)), not commands; "
                           + "give a script as text, e.g. nnlab run script.nnlab")
        }
        pending.removeFirst(start)
        scanned -= start
        start = 0
        pending += block[..<count]
        return nil
    }

    /// The line before `end` (without a `\r` before it), removed with `dropping` more bytes.
    private mutating func takeLine(upTo end: Int, dropping extra: Int) -> InputLine {
        var bytes = pending[start..<end]
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        // Invalid UTF-8 becomes U+FFFD, which the lexer reports.
        let line = String(decoding: bytes, as: UTF8.self)
        start = end + extra
        scanned = start
        lineNumber += 1
        return .line(line)
    }
}
