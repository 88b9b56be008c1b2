@preconcurrency import CReadline
@preconcurrency import Glibc
import NNLab

/// The prompt's history file, in readline's format with timestamps: a `#SECONDS` line
/// before each entry, so an entry continued over several lines (`\` at the end) comes
/// back after a restart as one entry. Each Enter appends one entry (`append_history`),
/// so two prompts open at once both keep theirs; the file is rewritten (atomically,
/// through `AtomicFile`) only when loading finds it over `maximumEntries` by a tenth,
/// or in the older one-line-per-entry format, which it converts.
struct HistoryFile {
    /// Where the file is.
    let path: String
    /// The entries kept in memory and, after a trim, in the file.
    static let maximumEntries = 1000
    /// The largest history file read; a bigger one is left alone.
    static let maximumSize = 16 << 20

    /// Whether the file starts with a timestamp line (the format this type writes).
    static func isTimestamped(_ bytes: [UInt8]) -> Bool {
        let firstLine = bytes.prefix { $0 != UInt8(ascii: "\n") }
        return firstLine.count > 1 && firstLine.first == UInt8(ascii: "#") && firstLine.dropFirst().allSatisfy { (48...57).contains($0) }
    }

    /// Whether an entry can go into the file: none of its lines may look like a timestamp
    /// line (`#1700000000`, a comment of digits), which would split it when read back.
    static func canStore(_ entry: String) -> Bool {
        !entry.split(separator: "\n").contains { isTimestamped(Array($0.utf8)) }
    }

    /// The number of entries in file bytes: timestamp lines, or lines in the old format.
    static func entryCount(_ bytes: [UInt8]) -> Int {
        let lines = bytes.split(separator: UInt8(ascii: "\n"))
        guard isTimestamped(bytes) else { return lines.count }
        return lines.count { isTimestamped(Array($0)) }
    }

    /// Sets readline's history format and loads the file into its list (at most
    /// `maximumEntries`); converts or trims the file when needed. A warning, or nil.
    func load() -> String? {
        history_write_timestamps = 1
        history_comment_char = CChar(UInt8(ascii: "#"))
        stifle_history(Int32(Self.maximumEntries))
        guard let bytes = contents(), !bytes.isEmpty else { return nil }
        let timestamped = Self.isTimestamped(bytes)
        history_multiline_entries = timestamped ? 1 : 0
        read_history(path)
        history_multiline_entries = 1
        guard !timestamped || Self.entryCount(bytes) > Self.maximumEntries + Self.maximumEntries / 10 else { return nil }
        do {
            try AtomicFile.write(Self.fileText(of: Self.entries()), to: path)
        } catch {
            return "nnlab: cannot rewrite the history: \(error)"
        }
        return nil
    }

    /// Appends readline's newest entry to the file (creating it); an error message, or nil.
    func appendNewest() -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return "nnlab: cannot save the history in \(path): \(String(cString: strerror(errno)))" }
        close(descriptor)
        let code = append_history(1, path)
        return code == 0 ? nil : "nnlab: cannot save the history in \(path): \(String(cString: strerror(code)))"
    }

    /// The file's bytes, nil when it is missing, unreadable, not a regular file or too large.
    private func contents() -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size <= Self.maximumSize else {
            return nil
        }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        return count < 0 ? nil : Array(bytes.prefix(count))
    }

    /// Readline's history list: each entry's text and timestamp line.
    private static func entries() -> [(text: String, timestamp: String)] {
        (0..<Int(history_length)).compactMap { index in
            guard let entry = history_get(history_base + Int32(index)), let line = entry.pointee.line else { return nil }
            let stamp = entry.pointee.timestamp.map { String(cString: $0) } ?? ""
            return (String(cString: line), stamp.hasPrefix("#") && stamp.count > 1 ? stamp : "#\(time(nil))")
        }
    }

    /// The file's text for entries, each after its timestamp line.
    static func fileText(of entries: [(text: String, timestamp: String)]) -> String {
        entries.map { "\($0.timestamp)\n\($0.text)\n" }.joined()
    }
}
