@preconcurrency import Glibc

/// Lines from standard input when it is not a terminal: no prompt, no echo, no editing
/// (readline would echo both). A Ctrl-C while waiting ends the input as `interrupted`.
struct PlainLineSource: LineSource {
    /// Reads the next line with `getline`, retrying reads that a signal interrupted.
    mutating func readLine(prompt: String) -> InputLine {
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        while true {
            let count = getline(&buffer, &capacity, stdin)
            if count >= 0, let buffer {
                return .line(Self.decode(buffer, count: count))
            }
            guard ferror(stdin) != 0, errno == EINTR else { return .end }
            clearerr(stdin)
            if InterruptSignal.isRequested { return .interrupted }
        }
    }

    /// Plain input keeps no history.
    mutating func remember(_ entry: String) {}

    /// The line as text without its `\n` (or `\r\n`); invalid UTF-8 becomes U+FFFD, which the lexer reports.
    private static func decode(_ buffer: UnsafeMutablePointer<CChar>, count: Int) -> String {
        var bytes = UnsafeRawBufferPointer(start: buffer, count: count)
        if bytes.last == UInt8(ascii: "\n") { bytes = UnsafeRawBufferPointer(rebasing: bytes.dropLast()) }
        if bytes.last == UInt8(ascii: "\r") { bytes = UnsafeRawBufferPointer(rebasing: bytes.dropLast()) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
