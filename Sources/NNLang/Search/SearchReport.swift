import NNLab
import TextPlot

/// What a search prints: the same for one process, a slice, and the slices merged.
public enum SearchReport {
    /// The most trials the table lists; `plot sweep` draws them all.
    static let maximumRows = 20

    /// The table (best first), the best trial, warnings about the range, then the plots.
    public static func blocks(_ result: SearchResult) -> [OutputBlock] {
        var blocks: [OutputBlock] = [.text(heading(result)), .table(table(result))]
        if result.trials.count > maximumRows {
            blocks.append(.text("(the best \(maximumRows) of \(result.trials.count) trials shown; plot sweep draws them all)"))
        }
        guard let best = result.best else {
            blocks.append(.warning(result.trials.isEmpty ? "no trial finished, so there is no best"
                                   : "every trial diverged: lower the learning rates searched"))
            return blocks
        }
        blocks.append(.text("best: trial \(best.index + 1), \(assignments(best, of: result)): val_acc "
                            + "\(formatNumber(best.validationAccuracy ?? .nan)) (published as best; the model is unchanged, "
                            + "so train with \(result.axes.map { "\($0.name)=best.\($0.name)" }.joined(separator: " ")) to use it)"))
        blocks += edgeWarnings(best, of: result).map { .warning($0) }
        return blocks + plots(result).map { .plot($0) }
    }

    /// `sweep: 20 trials, best first`, or which slice this is.
    static func heading(_ result: SearchResult) -> String {
        guard let shard = result.shard else { return "\(result.kind): \(result.trials.count) trials, best first" }
        return "\(result.kind), shard \(shard): \(result.trials.count) of the \(result.trialCount) trials "
            + "(every \(ordinal(shard.count)) from trial \(shard.index)), best first; nnlab merge joins the shards"
    }

    private static func ordinal(_ number: Int) -> String {
        switch number {
        case 1: "one"
        case 2: "2nd"
        case 3: "3rd"
        default: "\(number)th"
        }
    }

    static func table(_ result: SearchResult) -> Table {
        let best = result.best?.index
        let columns = ["trial"] + result.axes.map(\.name) + ["train_loss", "val_loss", "val_acc", "ended"]
        let rows = result.ranked.prefix(maximumRows).map { trial -> [TableCell] in
            [.text("\(trial.index + 1)" + (trial.index == best ? " *" : ""))]
                + trial.values.map(cell)
                + [number(trial.metrics?.trainLoss), number(trial.metrics?.validationLoss),
                   number(trial.metrics?.validationAccuracy), .text(trial.ending)]
        }
        return Table(columns: columns, rows: Array(rows))
    }

    private static func cell(_ value: Value) -> TableCell {
        if case .number(let number) = value { return .number(number) }
        return .text(value.literal)
    }

    private static func number(_ value: Double?) -> TableCell { value.map { .number($0) } ?? .text("-") }

    /// `lr=0.00312 wd=0`.
    static func assignments(_ trial: TrialOutcome, of result: SearchResult) -> String {
        zip(result.axes, trial.values).map { "\($0.name)=\($1.literal)" }.joined(separator: " ")
    }

    /// The `best` record: the searched options' values, then the trial's results.
    static func bestRecord(_ trial: TrialOutcome, of result: SearchResult) -> Value {
        var fields = zip(result.axes, trial.values).map { Record.Field(name: $0.name, value: $1) }
        fields.append(Record.Field(name: "trial", value: .number(Double(trial.index + 1))))
        if let metrics = trial.metrics { fields += RunCombinations.resultFields(metrics) }
        return .record(Record(fields))
    }

    /// One warning per option whose best value lies at the edge of what was searched.
    static func edgeWarnings(_ best: TrialOutcome, of result: SearchResult) -> [String] {
        zip(result.axes, best.values).compactMap { axis, value in
            guard let range = axis.numericRange, let number = value.number else { return nil }
            let onEdge: Bool
            if case .values = axis.domain {
                onEdge = number == range.lowerBound || number == range.upperBound
            } else {
                onEdge = SearchSampling.isNearEdge(number, lower: range.lowerBound, upper: range.upperBound,
                                                   logarithmic: axis.isLogarithmic)
            }
            guard onEdge else { return nil }
            if number == 0, number == range.lowerBound {
                return "the best \(axis.name) is 0, the smallest value of \(axis.domainText): \(axis.name) may not help here, "
                    + "or a value between 0 and the next one tried may do better"
            }
            let side = number - range.lowerBound < range.upperBound - number ? "low" : "high"
            return "the best \(axis.name) (\(value.literal)) lies at the \(side) edge of \(axis.domainText): "
                + "better values may lie beyond it, so extend the range past that end and search again"
        }
    }

    /// Validation accuracy against each option, or, for a two-option grid, a heatmap with the values in its cells.
    public static func plots(_ result: SearchResult) -> [any TextPlottable] {
        var plots: [any TextPlottable] = []
        if result.kind == "grid", result.axes.count == 2, let heatmap = heatmap(result) { return [heatmap] }
        let finished = result.trials.filter { $0.validationAccuracy != nil && !$0.diverged }
        let accuracies = finished.map { $0.validationAccuracy ?? .nan }
        let left = result.trials.count - finished.count
        let notes = left > 0 ? ["\(left) diverged trial\(left == 1 ? "" : "s") not drawn"] : []
        for (position, axis) in result.axes.enumerated() {
            let values = finished.map { $0.values[position] }
            if values.allSatisfy({ $0.number != nil }) {
                plots.append(scatter(axis, values.compactMap(\.number), accuracies, best: result.best, position: position, notes: notes))
            } else {
                plots.append(bars(axis, values, accuracies, notes: notes))
            }
        }
        return plots
    }

    /// A list of values spanning more than this ratio is drawn on a log axis (`[1e-1, 1e-2, 1e-3]`).
    static let listedDecades = 10.0

    private static func scatter(_ axis: SearchAxis, _ xs: [Double], _ accuracies: [Double], best: TrialOutcome?,
                                position: Int, notes: [String]) -> ScatterPlot {
        let scale: AxisScale = axis.isLogarithmic ? .log : AxisScale.suggested(for: xs, ratio: listedDecades)
        let highlight = best.flatMap { trial in
            trial.values[position].number.map { MarkedPoint(x: $0, y: trial.validationAccuracy ?? .nan, label: "best") }
        }
        return ScatterPlot(title: "val_acc against \(axis.name) (\(axis.domainText))",
                           series: [Series(name: "trials", x: xs, y: accuracies)], xLabel: axis.name, yLabel: "val_acc",
                           xScale: scale, highlights: highlight.map { [$0] } ?? [], notes: notes, usesDots: true)
    }

    /// Words or true/false: the best validation accuracy reached with each value.
    private static func bars(_ axis: SearchAxis, _ values: [Value], _ accuracies: [Double], notes: [String]) -> BarPlot {
        var order: [String] = [], best: [String: Double] = [:]
        for (value, accuracy) in zip(values, accuracies) {
            let label = "\(axis.name)=\(value.literal)"
            if best[label] == nil { order.append(label) }
            best[label] = max(best[label] ?? -.infinity, accuracy)
        }
        return BarPlot(title: "best val_acc for each \(axis.name)", bars: order.map { Bar(label: $0, value: best[$0] ?? 0) }, notes: notes)
    }

    /// Rows: the first option's values; columns: the second's; cells: validation accuracy.
    private static func heatmap(_ result: SearchResult) -> Heatmap? {
        guard case .values(let rows) = result.axes[0].domain, case .values(let columns) = result.axes[1].domain else { return nil }
        var cells = Array(repeating: Array(repeating: Double.nan, count: columns.count), count: rows.count)
        for trial in result.trials {
            guard let row = rows.firstIndex(of: trial.values[0]), let column = columns.firstIndex(of: trial.values[1]) else { continue }
            cells[row][column] = trial.diverged ? .nan : (trial.validationAccuracy ?? .nan)
        }
        return Heatmap(title: "val_acc of each \(result.axes[0].name) and \(result.axes[1].name)", values: cells,
                       rowLabels: rows.map(\.literal), columnLabels: columns.map(\.literal), showsValues: true, decimals: 3,
                       xLabel: result.axes[1].name, yLabel: result.axes[0].name,
                       notes: result.trials.contains(where: \.diverged) ? ["NaN: the trial diverged"] : [])
    }
}
