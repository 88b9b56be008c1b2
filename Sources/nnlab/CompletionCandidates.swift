import NNLang

/// What Tab offers, from the schema: command names at the start of a statement, then
/// the command's words (`data spiral`) and its `key=` options.
///
///     "da"               → data
///     "data sp"          → spiral
///     "optimizer sgd mo" → momentum=
struct CompletionCandidates {
    /// The text before the word being completed.
    var linePrefix: String
    /// The word being completed (may be empty).
    var word: String

    /// The candidates, sorted, without duplicates.
    var candidates: [String] {
        let previous = currentStatement.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let all = previous.isEmpty ? Schema.commandNames : arguments(after: previous)
        return Array(Set(all.filter { $0.hasPrefix(word) })).sorted()
    }

    /// The text of the statement being typed: after the last `;`, or after the `:` of a `for` loop.
    private var currentStatement: Substring {
        let separator = linePrefix.lastIndex(where: { $0 == ";" || $0 == ":" })
        return separator.map { linePrefix[linePrefix.index(after: $0)...] } ?? linePrefix[...]
    }

    /// Words and options for a command whose name (and maybe word) is typed.
    private func arguments(after previous: [String]) -> [String] {
        guard !word.contains("="), let spec = Schema.command(named: previous[0]) else { return [] }
        let chosen = previous.dropFirst().lazy.compactMap(spec.variant).first
        var names: [String] = []
        if chosen == nil, previous.count == 1 { names += spec.variants.map(\.word) }
        let options = chosen.map { spec.options(for: $0) } ?? (spec.options + spec.variants.flatMap(\.options))
        let given = Set(previous.compactMap { $0.split(separator: "=").first.map(String.init) })
        names += options.map(\.name).filter { !given.contains($0) }.map { $0 + "=" }
        return names
    }
}
