import NNLab
/// A JSON value whose object keys keep the order they are given, so reports list their
/// fields the same way every time.
indirect enum JSONText {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONText])
    case object([(String, JSONText)])

    /// A string, or null.
    static func optional(_ text: String?) -> JSONText { text.map { .string($0) } ?? .null }

    /// A reported value: a number stays a number.
    static func value(_ value: ReportedValue?) -> JSONText {
        switch value {
        case .number(let number)?: .number(number)
        case .text(let text)?: .string(text)
        case nil: .null
        }
    }

    /// Pretty-printed with two-space indentation, ending in a newline.
    var rendered: String { render(indent: "") + "\n" }

    private func render(indent: String) -> String {
        let inner = indent + "  "
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let value): return value.isFinite ? formatPoints(value) : "null"
        case .string(let text): return Self.quoted(text)
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + $0.render(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let fields):
            if fields.isEmpty { return "{}" }
            return "{\n" + fields.map { inner + Self.quoted($0.0) + ": " + $0.1.render(indent: inner) }
                .joined(separator: ",\n") + "\n\(indent)}"
        }
    }

    /// A JSON string literal; control characters escaped.
    static func quoted(_ text: String) -> String { JSONString.quoted(text) }
}
