import NNLab
import TextPlot

/// `show hardest n=10 split=val`: the highest-loss samples with their label and the
/// network's prediction, drawn as images for image data.
enum HardestHandler {
    /// Images drawn side by side at most; the table lists all `n`.
    static let largestDrawn = 10

    static func run(_ command: CheckedCommand, _ state: inout SessionState) throws(CommandFailure) -> [OutputBlock] {
        let (network, split, dataset) = try TrainingSetup.inspectedSplit(command, state: &state, alternative: "show hardest split=train")
        let hardest = network.hardestSamples(inputs: dataset.features, labels: dataset.labels,
                                             loss: LossFunction(kind: state.loss.kind), count: command.integer("n"))
        let wrong = hardest.filter { $0.label != $0.predicted }.count
        var blocks: [OutputBlock] = [.text("the \(hardest.count) samples of the \(split) split (of \(dataset.sampleCount)) "
            + "with the highest loss; \(wrong) of them classified wrong")]
        let rows: [[TableCell]] = hardest.enumerated().map { rank, sample in
            [.number(Double(rank + 1)), .number(Double(sample.index)), .text(dataset.className(sample.label)),
             .text(dataset.className(sample.predicted)), .number(sample.loss), .text(sample.label == sample.predicted ? "" : "wrong")]
        }
        blocks.append(.table(Table(columns: ["rank", "sample", "label", "predicted", "loss", ""], rows: rows)))
        if let shape = dataset.imageShape {
            let drawn = Array(hardest.prefix(largestDrawn))
            let titles = drawn.map { "\(dataset.className($0.label))→\(dataset.className($0.predicted))" }
            blocks.append(.plot(Heatmap(title: "hardest \(split) samples, label→predicted: " + titles.joined(separator: " "),
                                        values: SampleImages.strip(dataset.features.gatherRows(drawn.map(\.index)), shape: shape))))
        }
        blocks.append(.text("a high loss on a right answer is a guess made without confidence; "
            + "a wrong label in the data shows up here too"))
        return blocks
    }
}
