import Foundation
import Testing

/// The history file across restarts, on a pseudo-terminal: entries continued with `\`
/// come back as one, the file is appended to, and the older one-line format is converted.
extension InteractivePromptTests {
    /// The Up arrow.
    static let up = "\u{1B}[A"

    /// The history file's lines with each timestamp line replaced by `#T`.
    private func lines(_ history: URL) throws -> [String] {
        try String(contentsOf: history, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.first == "#" && line.dropFirst().allSatisfy(\.isNumber) && line.count > 1 ? "#T" : String(line)
        }
    }

    @Test func aContinuedEntryComesBackAsOneAfterARestart() throws {
        let directory = try TemporaryDirectory()
        let history = directory.url.appendingPathComponent("history")
        guard let first = try start(history: history) else { return }
        first.type("print 1 + \\\r")
        #expect(first.waitFor("...> "))
        first.type("2\r")
        #expect(first.waitFor("2 = 3"), "\(first.screen)")
        #expect(first.waitFor("nnlab> "))
        first.type("\u{4}")
        #expect(first.exitStatus() == 0)
        #expect(try lines(history) == ["#T", "print 1 + \\", "2", ""])
        guard let second = try start(history: history) else { return }
        second.type(Self.up + "\r")
        #expect(second.waitFor("2 = 3"), "\(second.screen)")
        #expect(second.waitFor("nnlab> "))
        second.type("\u{4}")
        #expect(second.exitStatus() == 0)
    }

    @Test func eachEntryIsAppendedAndTheOldFormatIsConverted() throws {
        let directory = try TemporaryDirectory()
        let history = directory.url.appendingPathComponent("history")
        try "print 5\nprint 6\n".write(to: history, atomically: false, encoding: .utf8)
        guard let first = try start(history: history) else { return }
        #expect(try lines(history) == ["#T", "print 5", "#T", "print 6", ""])
        let converted = try Data(contentsOf: history)
        let inode = try FileManager.default.attributesOfItem(atPath: history.path)[.systemFileNumber] as? UInt64
        first.type(Self.up + "\r")
        #expect(first.waitFor("6 = 6"), "\(first.screen)")
        #expect(first.waitFor("nnlab> "))
        first.type("print 7\r")
        #expect(first.waitFor("7 = 7"), "\(first.screen)")
        #expect(first.waitFor("nnlab> "))
        first.type("\u{4}")
        #expect(first.exitStatus() == 0)
        let after = try Data(contentsOf: history)
        #expect(after.starts(with: converted), "the file was rewritten, not appended to")
        #expect(try FileManager.default.attributesOfItem(atPath: history.path)[.systemFileNumber] as? UInt64 == inode)
        // Recalling the last entry does not repeat it.
        #expect(try lines(history) == ["#T", "print 5", "#T", "print 6", "#T", "print 7", ""])
    }

    @Test func aFileFarOverTheLimitIsTrimmedToTheNewestThousand() throws {
        let directory = try TemporaryDirectory()
        let history = directory.url.appendingPathComponent("history")
        try (0..<1200).map { "#1700000000\nprint \($0) + \\\n1\n" }.joined().write(to: history, atomically: false, encoding: .utf8)
        guard let session = try start(history: history) else { return }
        session.type("\u{4}")
        #expect(session.exitStatus() == 0)
        let kept = try lines(history)
        #expect(kept.count(where: { $0 == "#T" }) == 1000)
        #expect(Array(kept.prefix(3)) == ["#T", "print 200 + \\", "1"])
        #expect(Array(kept.suffix(3)) == ["print 1199 + \\", "1", ""])
    }
}
