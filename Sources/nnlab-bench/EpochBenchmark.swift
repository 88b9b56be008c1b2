import NNLab

/// One epoch of the 64-128-10 MLP on generated digits with a validation pass at its
/// end, against the validation pass alone: evaluation should cost ≤ 10% of the epoch.
enum EpochBenchmark {
    static func run() -> [String] {
        var random = RandomSource(seed: 0)
        let digits = try! Dataset.digits(points: 1000, random: &random)
        let splits = try! Splits.stratified(labels: digits.labels, classCount: 10, random: &random)
        let train = splits.trainingSet(of: digits), validation = splits.validationSet(of: digits)
        let data = TrainingData(inputs: train.features, labels: train.labels,
                                validationInputs: validation.features, validationLabels: validation.labels)
        let network = try! Network(specs: [.linear(inputs: 64, outputs: 128), .activation(.relu),
                                           .linear(inputs: 128, outputs: 10)], random: &random)
        let loop = try! TrainingLoop(network: network, configuration: TrainingConfiguration(length: .epochs(1)), data: data)
        var optimizer = Adam()
        var streams = RandomStreams(seed: 0)
        let epochSeconds = medianSeconds(repeats: 7) {
            _ = loop.run(optimizer: &optimizer, streams: &streams, name: "bench")
        }
        let validationSeconds = medianSeconds(repeats: 7) {
            _ = network.measure(inputs: data.validationInputs, labels: data.validationLabels, loss: LossFunction())
        }
        // A run ends with full passes over train and validation for the published numbers.
        let finalSeconds = medianSeconds(repeats: 7) {
            _ = network.measure(inputs: data.inputs, labels: data.labels, loss: LossFunction())
            _ = network.measure(inputs: data.validationInputs, labels: data.validationLabels, loss: LossFunction())
        }
        let share = validationSeconds / epochSeconds
        return [
            "  digits 64-128-10, \(train.sampleCount) training samples, batch 64: epoch with validation \(fixed(epochSeconds * 1e3, 2)) ms",
            "    validation pass (\(validation.sampleCount) samples) \(fixed(validationSeconds * 1e3, 2)) ms = \(fixed(100 * share, 1))% of the epoch (target ≤ 10%)",
            "    end-of-run full passes for the published numbers: \(fixed(finalSeconds * 1e3, 2)) ms",
        ]
    }
}
