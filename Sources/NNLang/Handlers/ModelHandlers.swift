import NNLab

/// `model 2 -> 100 relu -> 3`: a new model, initialized as PyTorch's nn.Linear default.
enum ModelHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        guard let model = command.model else { throw CommandFailure("model needs sizes", fix: "e.g. model 2 -> 100 relu -> 3") }
        let specs = try layerSpecs(model)
        if let features = state.results["features"]?.number.map(Int.init), model.sizes.first != features {
            throw CommandFailure("the data has \(features) features but the model starts with \(model.sizes[0])",
                                 fix: "start the model with \(features)", at: model.inputRange)
        }
        if let classes = state.results["classes"]?.number.map(Int.init), model.sizes.last != classes {
            throw CommandFailure("the data has \(classes) classes but the model ends with \(model.sizes.last ?? 0)",
                                 fix: "end the model with \(classes)", at: model.outputRange)
        }
        var random = state.streams.initialization
        let network: Network
        do { network = try Network(specs: specs, random: &random) } catch { throw CommandFailure(error) }
        state.streams.initialization = random
        state.network = network
        state.initialization = nil
        state.optimizer = nil
        state.modelIsTrained = false
        state.results["params"] = .number(Double(network.parameterCount))
        let summary = OutputBlock.text("model \(ModelDescription.arrows(network)): \(network.layers.count) layers, \(network.parameterCount) parameters")
        return [summary] + outputActivationWarning(model)
    }

    /// An activation after the last size bends the scores the loss reads as they are (a
    /// softmax takes any real logit): a classic slip, said but allowed.
    private static func outputActivationWarning(_ model: CheckedModel) -> [OutputBlock] {
        guard model.stages.count > 1, let last = model.stages.last else { return [] }
        let activation = last.operations.first {
            if case .batchNorm = $0 { return false }
            if case .dropout = $0 { return false }
            return true
        }
        guard let word = activation?.word.prefix(while: { $0 != "(" }) else { return [] }
        return [.warning("the model ends with \(word) after its last size: the loss reads the last layer's outputs as raw "
                         + "scores, and \(word) bends them (a softmax takes any real number); end with the plain size "
                         + "\(last.units), no word after it")]
    }

    /// The core's layer specs for a checked model description.
    static func layerSpecs(_ model: CheckedModel) throws(CommandFailure) -> [LayerSpec] {
        var specs: [LayerSpec] = []
        var width = model.stages[0].units
        for (index, stage) in model.stages.enumerated() {
            if index > 0 {
                specs.append(.linear(inputs: width, outputs: stage.units))
                width = stage.units
            }
            for operation in stage.operations { specs.append(try spec(operation, width: width)) }
        }
        return specs
    }

    private static func spec(_ operation: LayerOperation, width: Int) throws(CommandFailure) -> LayerSpec {
        switch operation {
        case .relu: return .activation(.relu)
        case .tanh: return .activation(.tanh)
        case .sigmoid: return .activation(.sigmoid)
        case .gelu: return .activation(.gelu)
        case .batchNorm: return .batchNorm(features: width)
        case .dropout(let probability): return .dropout(probability: probability)
        case .leakyReLU(let slope):
            guard slope == ActivationKind.leakySlope else { throw CommandFailure("leaky takes PyTorch's slope 0.01 only", fix: "write leaky") }
            return .activation(.leakyReLU)
        case .elu(let alpha):
            guard alpha == 1 else { throw CommandFailure("elu takes alpha 1 only", fix: "write elu") }
            return .activation(.elu)
        }
    }
}

/// How a model reads in messages: `2 -> 100 relu -> 3`.
enum ModelDescription {
    static func arrows(_ network: Network) -> String {
        var text = String(network.inputFeatures)
        for spec in network.specs {
            switch spec {
            case let .linear(_, outputs): text += " -> \(outputs)"
            case let .activation(kind): text += " \(kind.rawValue)"
            case .batchNorm: text += " batchnorm"
            case let .dropout(probability): text += " dropout(\(formatNumber(probability)))"
            }
        }
        return text
    }
}

/// `init xavier|he|normal|uniform|zeros|constant|default`: new weights, fresh optimizer state.
enum InitHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        guard let network = state.network?.copy() else { throw noModel }
        var random = state.streams.initialization
        let initializers = network.layers.indices.filter { network.layers[$0] is Linear }.map { index in
            makeInitializer(command, gain: gain(command, after: index, in: network))
        }
        let scheme = InitializationScheme(name: command.typedText(), perLinearLayer: initializers)
        network.initialize(with: scheme, random: &random)
        state.streams.initialization = random
        state.network = network
        state.initialization = scheme
        state.optimizer = nil
        state.modelIsTrained = false
        return [.text("init \(command.variant ?? "default"): \(network.parameterCount) parameters re-initialized")]
    }

    static let noModel = CommandFailure("there is no model yet", fix: "build one first, e.g. model 2 -> 100 relu -> 3")

    private static func makeInitializer(_ command: CheckedCommand, gain: Double) -> Initializer {
        let uniform = command.text("dist") == "uniform"
        switch command.variant {
        case "xavier": return uniform ? .xavierUniform(gain: gain) : .xavierNormal(gain: gain)
        case "he": return uniform ? .heUniform(gain: gain) : .heNormal(gain: gain)
        case "normal": return .normal(standardDeviation: command.number("std"))
        case "uniform": return .uniform(bound: command.number("a"))
        case "zeros": return .zeros
        case "constant": return .constant(command.positional(1)?.number ?? 0)
        default: return .pytorchDefault
        }
    }

    /// An explicit gain; `auto` takes the gain of the activation after this layer; `he`
    /// without a gain is PyTorch's kaiming for ReLU (√2), `xavier` gain 1.
    private static func gain(_ command: CheckedCommand, after index: Int, in network: Network) -> Double {
        if command.isSet("gain"), let explicit = command.optionalNumber("gain") { return explicit }
        if command.value("gain") == .word("auto") {
            for layer in network.layers[(index + 1)...] {
                if layer is Linear { break }
                if case let .activation(kind) = layer.spec { return nonlinearity(kind).gain }
            }
            return Nonlinearity.linear.gain
        }
        return command.variant == "he" ? Nonlinearity.relu.gain : 1
    }

    /// PyTorch's `calculate_gain` names; ELU and GELU have none there and take ReLU's.
    private static func nonlinearity(_ kind: ActivationKind) -> Nonlinearity {
        switch kind {
        case .relu, .elu, .gelu: return .relu
        case .leakyReLU: return .leakyReLU(slope: ActivationKind.leakySlope)
        case .tanh: return .tanh
        case .sigmoid: return .sigmoid
        }
    }
}
