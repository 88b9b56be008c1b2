/// What the session has defined, for completing names in expressions and fields of
/// records: a snapshot taken after each entry.
public struct SessionNames: Sendable {
    /// Variables and published results by name (a result hides a variable, as in lookups).
    public var values: [String: Value] = [:]
    /// The names of models kept with `save model NAME`.
    public var savedModels: [String] = []

    /// No names: a session before its first command.
    public init(values: [String: Value] = [:], savedModels: [String] = []) {
        self.values = values
        self.savedModels = savedModels
    }

    /// The names `state` defines.
    public init(_ state: SessionState) {
        self.init(values: state.variables.merging(state.results) { $1 }, savedModels: Array(state.savedModels.keys))
    }

    /// The names for `word`: every name and function (as `log(`), or, after `name.`, the record's fields
    /// (`best.` → `best.lr`, `best.val_acc`, …), through nested records too.
    func expressionNames(for word: String) -> [String] {
        guard let dot = word.lastIndex(of: ".") else { return Array(values.keys) + Builtins.names.map { $0 + "(" } }
        let path = word[..<dot]
        guard case .record(let record) = value(at: String(path)) else { return [] }
        return record.fields.map { path + "." + $0.name }
    }

    /// Whether `name` (dotted for a nested field) holds a record, whose fields come after a `.`.
    public func isRecord(_ name: String) -> Bool {
        if case .record = value(at: name) { return true }
        return false
    }

    /// The value of a dotted name, through nested records; nil when a part is missing.
    private func value(at name: String) -> Value? {
        let components = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var value = values[components[0]]
        for field in components.dropFirst() {
            guard case .record(let record) = value else { return nil }
            value = record[field]
        }
        return value
    }
}
