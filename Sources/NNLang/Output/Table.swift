/// A cell of a table: text (left-aligned) or a number (right-aligned, 4 significant digits).
public enum TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    /// Text, shown as is.
    case text(String)
    /// A number, formatted with `formatNumber`.
    case number(Double)

    /// A text cell from a literal.
    public init(stringLiteral value: String) {
        self = .text(value)
    }

    /// The cell as shown.
    public var rendered: String {
        switch self {
        case .text(let text): text
        case .number(let number): formatNumber(number)
        }
    }

    var isNumber: Bool {
        if case .number = self { return true }
        return false
    }
}

/// A table of rows under named columns; renders deterministically as plain text.
public struct Table: Hashable, Sendable {
    /// The column titles.
    public var columns: [String]
    /// The rows; a short row is padded with empty cells.
    public var rows: [[TableCell]]

    /// Creates a table.
    public init(columns: [String], rows: [[TableCell]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The table as lines: header, a rule, rows; columns two spaces apart, numbers right-aligned.
    public func renderLines() -> [String] {
        let count = max(columns.count, rows.map(\.count).max() ?? 0)
        let cells = rows.map { row in (0..<count).map { $0 < row.count ? row[$0] : .text("") } }
        let header = (0..<count).map { $0 < columns.count ? columns[$0] : "" }
        let widths = (0..<count).map { column in
            max(header[column].count, cells.map { $0[column].rendered.count }.max() ?? 0)
        }
        let numeric = (0..<count).map { column in
            !cells.isEmpty && cells.allSatisfy { $0[column].isNumber || $0[column].rendered.isEmpty }
        }
        func line(_ texts: [String]) -> String {
            let padded = texts.enumerated().map { column, text in
                Table.pad(text, to: widths[column], right: numeric[column])
            }
            return Table.trimmed(padded.joined(separator: "  "))
        }
        var lines = [line(header), line(widths.map { String(repeating: "-", count: $0) })]
        for row in cells {
            lines.append(line(row.map(\.rendered)))
        }
        return lines
    }

    static func pad(_ text: String, to width: Int, right: Bool) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }

    static func trimmed(_ text: String) -> String {
        var result = text
        while result.last == " " { result.removeLast() }
        return result
    }
}
