extension CommandChecker {
    func checkedList(_ value: Value, _ element: ValueType, count: Int?, label: String, at range: SourceRange)
        throws(Diagnostic) -> Value {
        let type = ValueType.list(element, count: count)
        guard case .list(let items) = value else { throw wrong(label, type, value, at: range) }
        if let count, items.count != count {
            throw Diagnostic(.wrongType, "'\(label)' needs \(count) values, got \(items.count)", at: range,
                             expected: type.description)
        }
        var checked: [Value] = []
        for item in items { checked.append(try coerce(item, to: element, label: label, at: range)) }
        return .list(checked)
    }

    /// `2`, `1..3` (already a list) or `[1, 3]`: whole numbers from 0.
    func checkedLayerIndices(_ value: Value, label: String, at range: SourceRange) throws(Diagnostic) -> Value {
        let items = value.list ?? [value]
        var indices: [Value] = []
        for item in items {
            let index = try checkedInteger(item, 0...1_000_000, label: label, at: range)
            indices.append(.number(Double(index)))
        }
        guard !indices.isEmpty else {
            throw Diagnostic(.wrongType, "'\(label)' needs at least one layer index", at: range,
                             expected: ValueType.layerIndices.description)
        }
        return .list(indices)
    }

    func checkedCommandName(_ value: Value, at range: SourceRange) throws(Diagnostic) -> Value {
        let names = Schema.commandNames
        guard let text = value.text, names.contains(text) else {
            let shown = value.text.map { "'\(Lexer.shortened($0))'" } ?? value.kindDescription
            throw Diagnostic(.unknownWord, "no help on \(shown): not a command", at: range,
                             expected: "a command name",
                             suggestion: value.text.flatMap { NameSuggester.suggestion(for: $0, among: names) })
        }
        return .word(text)
    }

    /// A sweep's distribution must stay inside the option's range (and `choice` values must each fit).
    /// Returns it with `choice` values in the option's type (`"all"` becomes the word `all`).
    func checkDistribution(_ distribution: Distribution, for option: OptionSpec, at range: SourceRange)
        throws(Diagnostic) -> Distribution {
        switch distribution {
        case .logUniform(let lower, let upper), .uniform(let lower, let upper):
            _ = try coerce(.number(lower), to: option.type, label: option.name, at: range)
            _ = try coerce(.number(upper), to: option.type, label: option.name, at: range)
            return distribution
        case .choice(let values):
            var coerced: [Value] = []
            for value in values { coerced.append(try coerce(value, to: option.type, label: option.name, at: range)) }
            return .choice(coerced)
        }
    }
}
