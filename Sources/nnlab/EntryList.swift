/// What `:history` prints: each entry under its number, the lines of a continued entry
/// indented under its first.
///
///       1  let a = 2
///       2  print a * \
///          3
struct EntryList {
    /// The entries, the first numbered 1.
    var entries: [String]

    var text: String {
        guard !entries.isEmpty else { return "no entries yet" }
        let width = String(entries.count).count
        return entries.enumerated().map { index, entry in
            let number = String(index + 1)
            let lead = String(repeating: " ", count: width - number.count) + number + "  "
            let indent = String(repeating: " ", count: lead.count)
            return lead + entry.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + indent)
        }.joined(separator: "\n")
    }
}
