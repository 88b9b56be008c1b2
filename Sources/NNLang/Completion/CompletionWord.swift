/// Where the word being completed starts, found as readline finds it (`ReadlineCompletion`
/// gives readline the same break characters and quote): after an unclosed `"`, or else
/// after the last break character.
///
///     print best.va      → "print " + "best.va"
///     train lr=be        → "train lr=" + "be"
///     data csv "data/tr  → "data csv \"" + "data/tr", quoted
public struct CompletionWord {
    /// The characters that end a word: spaces, operators and punctuation, but not `.`
    /// (record fields), `_` or `/` (paths).
    public static let breakCharacters = " \t\n\"=;:,()[]{}+-*<>!~|&^%"
    /// The quote that starts a file path.
    public static let quote: Character = "\""

    /// The text before the word.
    public let linePrefix: String
    /// The word, up to the cursor.
    public let word: String
    /// Whether the word is inside an unclosed quote.
    public let isQuoted: Bool

    /// Splits the text before the cursor.
    public init(_ line: String) {
        var openQuote: String.Index?
        for index in line.indices where line[index] == Self.quote {
            openQuote = openQuote == nil ? index : nil
        }
        if let openQuote {
            let start = line.index(after: openQuote)
            (linePrefix, word, isQuoted) = (String(line[..<start]), String(line[start...]), true)
            return
        }
        let start = line.lastIndex(where: { Self.breakCharacters.contains($0) }).map(line.index(after:)) ?? line.startIndex
        (linePrefix, word, isQuoted) = (String(line[..<start]), String(line[start...]), false)
    }
}
