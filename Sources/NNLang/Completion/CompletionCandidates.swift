import NNLab

/// What Tab offers, from the schema and the session: command names at the start of a
/// statement; then the command's words and `key=` options; an option's values (its
/// words, `on`/`off`, or names for a number); layer words in `model`; names and record
/// fields in expressions; paths inside quotes, and quoted where a file goes; the prompt's
/// keys after a leading `:`.
///
///     "da"                   → data
///     "optimizer sgd mo"     → momentum=
///     "train restore="       → best, last
///     "model 2 -> 16 re"     → relu
///     "print best.v"         → best.val_acc, best.val_loss
///     "data csv "            → "data/, "train.csv"
public struct CompletionCandidates {
    /// The text before the word being completed.
    public var linePrefix: String
    /// The word being completed (may be empty).
    public var word: String
    /// Whether the word is inside an unclosed `"`: a file path.
    public var isQuoted = false
    /// The session's names and values.
    public var session = SessionNames()
    /// The prompt's keys without their `:` (`save`, `history`…), offered after a leading `:`.
    public var keys: [String] = []

    /// Splits `line` (the text before the cursor) as readline does.
    public init(line: String, session: SessionNames = SessionNames(), keys: [String] = []) {
        let split = CompletionWord(line)
        self.init(linePrefix: split.linePrefix, word: split.word, isQuoted: split.isQuoted, session: session, keys: keys)
    }

    /// The candidates for `word` after `linePrefix`.
    public init(linePrefix: String, word: String, isQuoted: Bool = false, session: SessionNames = SessionNames(),
         keys: [String] = []) {
        (self.linePrefix, self.word, self.isQuoted, self.session, self.keys) = (linePrefix, word, isQuoted, session, keys)
    }

    /// The candidates, sorted, without duplicates.
    public var candidates: [String] {
        let all: [String]
        if isQuoted {
            all = PathCandidates(typed: word).paths
        } else if linePrefix.drop(while: \.isWhitespace) == ":" {
            all = keys
        } else {
            all = statementCandidates(StatementPrefix(currentStatement))
        }
        // A quoted path offered for an unquoted word (`data csv ex` → `"examples/`) replaces it.
        return Array(Set(all.filter { $0.hasPrefix(word) || $0.hasPrefix(CompletionWord.quote.description + word) })).sorted()
    }

    /// The text of the statement being typed: after the last `;`, or after the `:` of a `for` loop.
    private var currentStatement: Substring {
        let separator = linePrefix.lastIndex(where: { $0 == ";" || $0 == ":" })
        return separator.map { linePrefix[linePrefix.index(after: $0)...] } ?? linePrefix[...]
    }

    private func statementCandidates(_ statement: StatementPrefix) -> [String] {
        guard let name = statement.previous.first else { return statement.current.isEmpty ? Schema.commandNames : [] }
        guard let spec = Schema.command(named: name) else { return [] }
        if spec.takesLayers { return statement.previous.count > 1 || !statement.current.isEmpty ? LayerOperation.words : [] }
        if spec.syntax != nil { return expressionCandidates(spec, statement) }
        let chosen = statement.previous.dropFirst().lazy.compactMap(spec.variant).first
        let options = chosen.map { spec.options(for: $0) } ?? (spec.options + spec.variants.flatMap(\.options))
        if let key = statement.optionKey {
            return options.first { $0.name == key }.map { values(of: $0.type) } ?? []
        }
        let typedPositionals = statement.previous.dropFirst(chosen == nil ? 1 : 2).filter { !$0.contains("=") }.count
        let positionals = spec.positionals(for: chosen)
        let slot = typedPositionals < positionals.count ? positionals[typedPositionals].type : nil
        // A file positional: the paths the word can become, each with its opening quote (a file with its closing one too).
        let paths = slot == .string ? PathCandidates(typed: word).paths.map { $0.hasSuffix("/") ? "\"\($0)" : "\"\($0)\"" } : []
        guard statement.current.isEmpty else { return paths }
        var names: [String] = paths
        if chosen == nil, statement.previous.count == 1 { names += spec.variants.map(\.word) }
        let given = Set(statement.previous.compactMap { $0.split(separator: "=").first.map(String.init) })
        names += options.map(\.name).filter { !given.contains($0) }.map { $0 + "=" }
        if let slot { names += values(of: slot) }
        return names
    }

    /// `print`, `let NAME =`, `for NAME in` and `expect` take expressions (and `expect` its options).
    private func expressionCandidates(_ spec: CommandSpec, _ statement: StatementPrefix) -> [String] {
        let takesExpression: Bool
        switch spec.name {
        case "let": takesExpression = statement.previous.count > 2 || statement.text.contains("=")
        case "for": takesExpression = statement.previous.dropFirst(2).first == "in"
        default: takesExpression = true
        }
        guard takesExpression else { return [] }
        if let key = statement.optionKey, let option = spec.options.first(where: { $0.name == key }) {
            return values(of: option.type)
        }
        let options = statement.current.isEmpty && statement.previous.count > 1 ? spec.options.map { $0.name + "=" } : []
        return expressionNames + options
    }

    /// What may be typed for a value of `type`.
    private func values(of type: ValueType) -> [String] {
        switch type {
        case .bool: ["true", "false"] + type.words
        case .word: type.words
        case .oneOf(let types): types.flatMap(values(of:))
        case .number, .integer: expressionNames
        case .list(let element, _): values(of: element)
        case .commandName: Schema.commandNames
        case .name: session.savedModels
        case .string, .layerIndices: []
        }
    }

    /// The session's names (or a record's fields) and those the line itself declares (`let`, `for`).
    private var expressionNames: [String] {
        word.contains(".") ? session.expressionNames(for: word)
            : session.expressionNames(for: word) + StatementPrefix.declaredNames(in: linePrefix)
    }
}
