/// Polyak averaging with an exponential moving average of the weights:
///
///     w_ema = d·w_ema + (1 − d)·w      after every optimizer step,
///
/// the first update copying w. Batch norm's running statistics (buffers) are averaged the
/// same way, so the averaged model normalizes with statistics that match its weights.
public struct WeightAverage: Sendable {
    /// The decay d in [0, 1): the share of the old average kept at each update.
    public let decay: Double
    /// The averaged parameters, layer by layer (empty before the first update).
    public private(set) var parameters: [[Matrix]] = []
    /// The averaged buffers, layer by layer.
    public private(set) var buffers: [[Matrix]] = []
    /// Updates so far.
    public private(set) var updateCount = 0

    /// An empty average with decay `decay`.
    public init(decay: Double) {
        precondition(decay >= 0 && decay < 1, "the EMA decay \(decay) must be in [0, 1)")
        self.decay = decay
    }

    /// Folds the network's current weights into the average (copies them the first time).
    public mutating func update(from network: Network) {
        defer { updateCount += 1 }
        guard updateCount > 0 else {
            parameters = network.layers.map(\.parameters)
            buffers = network.layers.map(\.buffers)
            return
        }
        for (index, layer) in network.layers.enumerated() {
            blend(&parameters[index], toward: layer.parameters)
            blend(&buffers[index], toward: layer.buffers)
        }
    }

    private func blend(_ averages: inout [Matrix], toward current: [Matrix]) {
        let kept = Float(decay), taken = Float(1 - decay)
        for tensor in averages.indices {
            precondition(averages[tensor].count == current[tensor].count, "the averaged network changed shape")
            current[tensor].storage.withUnsafeBufferPointer { source in
                averages[tensor].storage.withUnsafeMutableBufferPointer { average in
                    for index in average.indices { average[index] = kept * average[index] + taken * source[index] }
                }
            }
        }
    }

    /// A copy of `network` holding the averaged weights and buffers (the network itself
    /// when nothing was averaged yet).
    public func averaged(_ network: Network) -> Network {
        let twin = network.copy()
        guard updateCount > 0 else { return twin }
        twin.restore(WeightSnapshot(parameters: parameters, buffers: buffers))
        return twin
    }
}

/// Training with a weight average kept beside the model.
public enum AveragedTraining {
    /// Runs `loop` on its network, updating `average` after every step, and returns the
    /// run's history (whose final numbers are the raw weights'). A step that is not
    /// applied leaves the weights as they were and ends the run as diverged, so callers
    /// discard the average of a run that did not complete.
    public static func run<State: Optimizer>(_ loop: TrainingLoop, average: inout WeightAverage, optimizer: inout State,
                                             streams: inout RandomStreams, name: String,
                                             onEvent: (TrainingEvent) -> Void = { _ in },
                                             isCancelled: () -> Bool = { false }) -> RunHistory {
        loop.run(optimizer: &optimizer, streams: &streams, name: name, onEvent: { event in
            if case .step = event { average.update(from: loop.network) }
            onEvent(event)
        }, isCancelled: isCancelled)
    }
}
