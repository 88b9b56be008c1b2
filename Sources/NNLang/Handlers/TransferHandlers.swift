import NNLab

/// `freeze 0..1`, `unfreeze [layers] lr_scale=`, `head classes=N`: transfer learning on
/// the session's model. Each works on a copy, so a refused command changes nothing.
enum TransferHandlers {
    static func freeze(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        guard let network = state.network?.copy() else { throw InitHandler.noModel }
        let indices = try layerIndices(command, in: network) ?? []
        for index in indices { network.isFrozen[index] = true }
        state.network = network
        var blocks: [OutputBlock] = [.text("frozen: \(describe(indices, in: network)); \(trainable(network))")]
        if network.isFrozen.allSatisfy({ $0 }) || network.trainableParameterCount == 0 {
            blocks.append(.warning("every layer with parameters is frozen, so training would change nothing; unfreeze some, or add a new head"))
        }
        return blocks
    }

    static func unfreeze(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        guard let network = state.network?.copy() else { throw InitHandler.noModel }
        let indices = try layerIndices(command, in: network) ?? Array(network.layers.indices)
        let scale = command.number("lr_scale")
        for index in indices {
            network.isFrozen[index] = false
            network.learningRateScales[index] = Float(scale)
        }
        state.network = network
        let rate = scale == 1 ? "" : " at \(formatNumber(scale))x the learning rate"
        return [.text("trainable: \(describe(indices, in: network))\(rate); \(trainable(network))")]
    }

    static func head(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        guard let network = state.network else { throw InitHandler.noModel }
        guard let outputs = command.optionalInteger("classes") ?? state.prepared?.train.classCount else {
            throw CommandFailure("head needs a number of outputs, and there is no data to take the classes from", fix: "head classes=10")
        }
        var random = state.streams.initialization
        let replaced: Network
        do { replaced = try network.replacingHead(outputs: outputs, random: &random) } catch { throw CommandFailure(error) }
        let head = replaced.headIndex ?? 0
        state.streams.initialization = random
        state.network = replaced
        state.initialization = nil
        state.optimizer = nil
        return [.text("new head: layer \(head), \(replaced.specs[head].description) with PyTorch's default initialization"
                      + " (\(replaced.layers[head].parameterCount) parameters); \(trainable(replaced)); optimizer state starts fresh")]
    }

    /// The command's layer indices, each checked against the model; nil when none are given.
    private static func layerIndices(_ command: CheckedCommand, in network: Network) throws(CommandFailure) -> [Int]? {
        guard let value = command.positional(0) else { return nil }
        let indices = (value.list ?? [value]).compactMap(\.exactInteger)
        if let wrong = indices.first(where: { $0 >= network.layers.count }) {
            throw CommandFailure("the model has no layer \(wrong): its layers are 0..\(network.layers.count - 1)",
                                 fix: "show model numbers them")
        }
        return indices
    }

    private static func describe(_ indices: [Int], in network: Network) -> String {
        indices.map { "\($0) (\(network.specs[$0].description))" }.joined(separator: ", ")
    }

    private static func trainable(_ network: Network) -> String {
        "training now changes \(network.trainableParameterCount) of \(network.parameterCount) parameters"
    }
}
