/// Finding a CSV's field separator from its first line, as spreadsheets in many
/// locales write `;` and tools write tab-separated files.
enum CSVDelimiter {
    /// The separators looked for, in the order that wins a tie.
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]

    /// The candidate occurring most often outside quotes in the first non-blank line, or a
    /// comma when none does (a one-column file, refused later with a hint at `delimiter=`).
    static func detect(in bytes: [UInt8]) -> UInt8 {
        var counts = [Int](repeating: 0, count: candidates.count)
        var isQuoted = false, sawText = false
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                if sawText { break }
                counts = counts.map { _ in 0 }
                continue
            }
            if byte == UInt8(ascii: "\"") { isQuoted.toggle() }
            if !isQuoted, let k = candidates.firstIndex(of: byte) { counts[k] += 1 }
            if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\r") && byte != UInt8(ascii: "\t") { sawText = true }
        }
        var best = 0
        for k in counts.indices where counts[k] > counts[best] { best = k }
        return candidates[best]
    }
}
