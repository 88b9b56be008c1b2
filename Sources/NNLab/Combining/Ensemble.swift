/// Independent models: the same architecture initialized and trained from member seeds
/// of their own, then combined (`Combination`).
///
/// Member i (from 0) draws every stream (initialization, batch order, dropout,
/// augmentation) from `RandomStreams(seed: Ensemble.memberSeed(seed, i))`, so members differ
/// in their initial weights and in the order they see the data, and the same session
/// seed gives the same ensemble. Each starts as `model` builds it (PyTorch's `nn.Linear`
/// default), re-initialized by `initialization` when one is given (drawing on from the
/// member's initialization stream), with a fresh optimizer, and trains with `configuration`.
public struct Ensemble {
    /// The layers every member is built from.
    public var specs: [LayerSpec]
    /// How each member trains.
    public var configuration: TrainingConfiguration
    /// The optimizer each member starts fresh with.
    public var optimizer: OptimizerSettings
    /// The seed member seeds derive from.
    public var seed: UInt64
    /// How members are initialized after `model`'s default, if they are.
    public var initialization: InitializationScheme?

    /// An ensemble recipe.
    public init(specs: [LayerSpec], configuration: TrainingConfiguration, optimizer: OptimizerSettings, seed: UInt64,
                initialization: InitializationScheme? = nil) {
        self.specs = specs
        self.configuration = configuration
        self.optimizer = optimizer
        self.seed = seed
        self.initialization = initialization
    }

    /// The seed of member `index`: SplitMix64 of the seed mixed with the index, so members
    /// are independent of each other and of the session's own streams.
    public static func memberSeed(_ seed: UInt64, member index: Int) -> UInt64 {
        var mixer = SplitMix64(state: seed ^ (UInt64(index + 1) &* 0x9FB2_1C65_1E98_DF25))
        return mixer.next()
    }

    /// Trains `count` members one after another and combines them; stops at the first
    /// member that diverges or is interrupted (then `combined` is nil).
    public func run(members count: Int, data: TrainingData, onEvent: (TrainingEvent) -> Void = { _ in },
                    isCancelled: () -> Bool = { false }) throws(TrainingError) -> CombinedResult {
        guard data.hasValidation else { throw .combiningNeedsValidation }
        var result = CombinedResult()
        for index in 0..<count {
            var streams = RandomStreams(seed: Ensemble.memberSeed(seed, member: index))
            let network: Network
            do { network = try Network(specs: specs, random: &streams.initialization) } catch { throw .model(error) }
            if let initialization { network.initialize(with: initialization, random: &streams.initialization) }
            var state = optimizer.makeOptimizer()
            let loop = try TrainingLoop(network: network, configuration: configuration, data: data)
            let history = loop.run(optimizer: &state, streams: &streams, name: "member \(index + 1)",
                                   onEvent: { onEvent($0.acrossRuns(run: index, of: count, steps: loop.plannedSteps)) },
                                   isCancelled: isCancelled)
            result.histories.append(history)
            guard history.stopReason == .completed else { return result }
            result.addMember(network, data: data, loss: configuration.loss)
        }
        result.combine(data: data, loss: configuration.loss)
        return result
    }
}
