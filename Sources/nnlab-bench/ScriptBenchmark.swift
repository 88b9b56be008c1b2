import NNLab
import NNLang

/// A script training the 64-128-10 MLP on digits for 20,000 steps, through the
/// interpreter and the transcript renderer, against the same run on the core alone.
enum ScriptBenchmark {
    static let steps = 20_000
    static let script = """
    seed 0
    data digits
    model 64 -> 128 relu -> 10
    train steps=\(steps) batch=64
    """

    static func run() -> [String] {
        let clock = ContinuousClock()
        var scriptTimes: [Double] = [], coreTimes: [Double] = []
        for _ in 0..<2 {
            scriptTimes.append(seconds(clock.measure(runScript)))
            coreTimes.append(seconds(clock.measure(runOnCore)))
        }
        let (script, core) = (scriptTimes.min()!, coreTimes.min()!)
        return [
            "  script, \(steps) steps of 64-128-10 on digits (best of 2): \(fixed(script, 2)) s;"
                + " core alone: \(fixed(core, 2)) s; script / core = \(fixed(script / core, 2)) (target ≤ 1.3)",
        ]
    }

    /// The script through the interpreter, its transcript rendered.
    private static func runScript() {
        var transcript = ""
        let source = SourceFile(name: "bench.nnlab", text: script)
        let renderer = TranscriptRenderer(source: source)
        _ = Interpreter().run(source) { transcript += renderer.render(command: $0.source, blocks: $0.blocks) }
        precondition(transcript.contains("train_loss"), "the benchmark script failed:\n\(transcript)")
    }

    /// What the script does, written against the core: generate, split, build, train.
    private static func runOnCore() {
        var streams = RandomStreams(seed: 0)
        let digits = try! Dataset.digits(points: 1000, random: &streams.data)
        let splits = try! Splits.stratified(labels: digits.labels, classCount: 10, random: &streams.data)
        let prepared = try! PreparedData(dataset: digits, splits: splits)
        let network = try! Network(specs: [.linear(inputs: 64, outputs: 128), .activation(.relu),
                                           .linear(inputs: 128, outputs: 10)], random: &streams.initialization)
        let data = TrainingData(inputs: prepared.train.features, labels: prepared.train.labels,
                                validationInputs: prepared.validation.features, validationLabels: prepared.validation.labels)
        let loop = try! TrainingLoop(network: network, configuration: TrainingConfiguration(length: .steps(steps)), data: data)
        var optimizer = Adam()
        _ = loop.run(optimizer: &optimizer, streams: &streams, name: "core")
    }
}
