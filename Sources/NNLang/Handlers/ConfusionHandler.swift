import NNLab
import TextPlot

/// `show confusion split=val`: true classes against predicted ones, drawn with counts,
/// then recall and precision by class and the commonest mistakes, by class name.
enum ConfusionHandler {
    /// Above this many classes the matrix no longer fits a terminal; the table stays.
    static let largestDrawn = 20

    static func run(_ command: CheckedCommand, _ state: inout SessionState) throws(CommandFailure) -> [OutputBlock] {
        let (network, split, dataset) = try TrainingSetup.inspectedSplit(command, state: &state, alternative: "show confusion split=train")
        let matrix = ConfusionMatrix(scores: network.predict(dataset.features), labels: dataset.labels,
                                     classCount: dataset.classCount)
        var blocks: [OutputBlock] = [.text("confusion on the \(split) split: \(matrix.correct) of \(matrix.total) right "
            + "(accuracy \(formatNumber(matrix.accuracy))); rows are the true classes, columns the predicted ones")]
        let names = (0..<dataset.classCount).map { dataset.className($0) }
        let spoken = names.map { Double($0) == nil ? $0 : "class \($0)" }
        if dataset.classCount <= largestDrawn {
            blocks.append(.plot(Heatmap(title: "confusion matrix (\(split))", values: matrix.counts.map { $0.map(Double.init) },
                                        rowLabels: names, columnLabels: names, showsValues: true, decimals: 0,
                                        xLabel: "predicted", yLabel: "true")))
        }
        blocks.append(.table(table(matrix, names: names, spoken: spoken)))
        blocks.append(.text(summary(matrix, names: spoken)))
        return blocks
    }

    private static func table(_ matrix: ConfusionMatrix, names: [String], spoken: [String]) -> Table {
        let share: (Double?) -> TableCell = { $0.map { .number($0) } ?? .text("-") }
        let rows: [[TableCell]] = (0..<matrix.classCount).map { label in
            let mistake = matrix.commonestMistake(of: label).map { "\(spoken[$0.predicted]) (\($0.count))" } ?? "-"
            return [.text(names[label]), .number(Double(matrix.support(label))), share(matrix.recall(label)),
                    share(matrix.precision(label)), .text(mistake)]
        }
        return Table(columns: ["class", "samples", "recall", "precision", "most taken for"], rows: rows)
    }

    private static func summary(_ matrix: ConfusionMatrix, names: [String]) -> String {
        let mistakes = matrix.mistakes(limit: 3)
        guard !mistakes.isEmpty else { return "no mistakes: every sample of the split is classified right" }
        let listed = mistakes.map { "\(names[$0.label]) taken for \(names[$0.predicted]) \($0.count) time\($0.count == 1 ? "" : "s")" }
        return "commonest mistakes: " + listed.joined(separator: ", ")
            + " (recall: the share of a class found; precision: the share of a prediction that is right)"
    }
}
