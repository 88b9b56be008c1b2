@preconcurrency import CReadline
@preconcurrency import Glibc
import NNLang

/// The matches of the completion in progress, handed from the attempt function to
/// readline's generator callback; a C callback can capture nothing (PLATFORM-NOTES.md).
nonisolated(unsafe) private var pendingMatches: [String] = []
nonisolated(unsafe) private var nextMatch = 0

/// Connects `CompletionCandidates` to readline's Tab.
enum ReadlineCompletion {
    /// The session's names, refreshed by the prompt after each entry.
    nonisolated(unsafe) static var session = SessionNames()
    /// The prompt's `:` keys without the colon.
    nonisolated(unsafe) static var keys: [String] = []

    /// Installs the completion function. Readline finds the word with `CompletionWord`'s
    /// break characters and quote; inside quotes the matches are paths, and readline adds
    /// the `/` after a folder and the closing quote after a file.
    static func install() {
        rl_completer_word_break_characters = UnsafePointer(strdup(CompletionWord.breakCharacters))
        rl_completer_quote_characters = UnsafePointer(strdup(String(CompletionWord.quote)))
        rl_attempted_completion_function = { text, start, _ in
            rl_attempted_completion_over = 1
            guard let text, let buffer = rl_line_buffer else { return nil }
            let prefixBytes = UnsafeRawBufferPointer(start: buffer, count: Int(max(start, 0)))
            let isQuoted = rl_completion_quote_character != 0
            let completion = CompletionCandidates(linePrefix: String(decoding: prefixBytes, as: UTF8.self),
                                                  word: String(cString: text), isQuoted: isQuoted,
                                                  session: ReadlineCompletion.session, keys: ReadlineCompletion.keys)
            pendingMatches = completion.candidates
            nextMatch = 0
            rl_filename_completion_desired = isQuoted ? 1 : 0
            // No space after `lr=`, `log(`, a quoted folder (`"data/`) or a record's name, which a `.` and a field follow.
            let continues = !pendingMatches.isEmpty && pendingMatches.allSatisfy { $0.hasSuffix("=") || $0.hasSuffix("(") || (!isQuoted && $0.hasSuffix("/")) }
                || (pendingMatches.count == 1 && ReadlineCompletion.session.isRecord(pendingMatches[0]))
            rl_completion_append_character = continues ? 0 : 32
            return rl_completion_matches(text) { _, state in
                if state == 0 { nextMatch = 0 }
                guard nextMatch < pendingMatches.count else { return nil }
                defer { nextMatch += 1 }
                return strdup(pendingMatches[nextMatch])
            }
        }
    }
}
