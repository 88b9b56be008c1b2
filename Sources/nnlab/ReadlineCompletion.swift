@preconcurrency import CReadline
@preconcurrency import Glibc

/// The matches of the completion in progress, handed from the attempt function to
/// readline's generator callback; a C callback can capture nothing (PLATFORM-NOTES.md).
nonisolated(unsafe) private var pendingMatches: [String] = []
nonisolated(unsafe) private var nextMatch = 0

/// Connects `CompletionCandidates` to readline's Tab.
enum ReadlineCompletion {
    /// Installs the completion function; file names are never offered.
    static func install() {
        rl_attempted_completion_function = { text, start, _ in
            rl_attempted_completion_over = 1
            guard let text, let buffer = rl_line_buffer else { return nil }
            let prefixBytes = UnsafeRawBufferPointer(start: buffer, count: Int(max(start, 0)))
            let completion = CompletionCandidates(linePrefix: String(decoding: prefixBytes, as: UTF8.self),
                                                  word: String(cString: text))
            pendingMatches = completion.candidates
            nextMatch = 0
            let endsInEquals = !pendingMatches.isEmpty && pendingMatches.allSatisfy { $0.hasSuffix("=") }
            rl_completion_append_character = endsInEquals ? 0 : 32
            return rl_completion_matches(text) { _, state in
                if state == 0 { nextMatch = 0 }
                guard nextMatch < pendingMatches.count else { return nil }
                defer { nextMatch += 1 }
                return strdup(pendingMatches[nextMatch])
            }
        }
    }
}
