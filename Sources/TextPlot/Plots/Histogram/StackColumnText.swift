/// The text of one summary column of a histogram stack, right-aligned.
struct StackColumnText {
    /// The column title.
    let title: String
    /// One entry per row.
    let entries: [String]
    /// The widest of title and entries.
    let width: Int

    /// Computes the column for the rows' finite values.
    init(column: HistogramStack.Column, rows: [FiniteValues]) {
        switch column {
        case .mean:
            title = "mean"
            entries = rows.map { Self.format(Self.mean($0.values)) }
        case .std:
            title = "std"
            entries = rows.map { Self.format(Self.standardDeviation($0.values)) }
        case .percentAbsAbove(let threshold, let name):
            title = name
            entries = rows.map { Self.percent($0.values) { abs($0) > threshold } }
        case .percentZero(let name):
            title = name
            entries = rows.map { Self.percent($0.values) { $0 == 0 } }
        case .custom(let name, let values):
            title = name
            entries = rows.indices.map { $0 < values.count ? values[$0] : "" }
        }
        width = ([title] + entries).map { DisplayWidth.of($0) }.max() ?? 0
    }

    /// `text` padded on the left to the column width.
    func padded(_ text: String) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    private static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
    }

    private static func standardDeviation(_ values: [Double]) -> Double {
        guard values.count > 1 else { return values.isEmpty ? .nan : 0 }
        let m = mean(values)
        let squares = values.reduce(0) { $0 + ($1 - m) * ($1 - m) }
        return (squares / Double(values.count)).squareRoot()
    }

    private static func percent(_ values: [Double], where test: (Double) -> Bool) -> String {
        guard !values.isEmpty else { return "-" }
        let share = Double(values.filter(test).count) / Double(values.count) * 100
        return NumberFormat.fixed(share, decimals: 1)
    }

    private static func format(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        return abs(value) < 1e-3 && value != 0 || abs(value) >= 1e5
            ? NumberFormat.scientific(value, digits: 1)
            : NumberFormat.fixed(value, decimals: abs(value) >= 100 ? 0 : (abs(value) >= 10 ? 1 : 3))
    }
}
