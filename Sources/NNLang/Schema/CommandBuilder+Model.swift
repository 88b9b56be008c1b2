extension CommandBuilder {
    /// The widest layer accepted.
    static let maximumWidth = 1_000_000
    /// The most stages after expanding repetitions.
    static let maximumStages = 10_000
    /// The most trainable parameters (400 MB of Float weights, more with optimizer state).
    static let maximumParameters = 100_000_000

    /// `model 2 -> (500 tanh)*10 -> 3`: sizes checked, repetitions expanded, parameters counted.
    mutating func addModel(_ layers: ModelSpec) {
        guard spec.takesLayers else {
            report(Diagnostic(.unexpectedArgument, "only 'model' takes layers joined by '->'", at: layers.range))
            return
        }
        do throws(Diagnostic) {
            guard let stages = try expand(layers.stages, budget: CommandBuilder.maximumStages) else { return }
            guard stages.count >= 2 else {
                throw Diagnostic(.invalidModel, "a model needs an input size and an output size", at: layers.range,
                                 expected: "sizes joined by '->', like model 2 -> 100 relu -> 3")
            }
            let count = try parameterCount(stages, at: layers.range)
            model = CheckedModel(stages: stages, parameterCount: count, inputRange: layers.stages.first?.range,
                                 outputRange: layers.stages.last?.range)
        } catch {
            report(error)
        }
    }

    /// Expands stages; nil in static mode when a size depends on a name known only at run time.
    func expand(_ stages: [ModelStage], budget: Int) throws(Diagnostic) -> [CheckedModel.Stage]? {
        var result: [CheckedModel.Stage] = []
        for stage in stages {
            switch stage {
            case .layer(let size, let words, _):
                let width = try checker.evaluateForType(size, .integer(1...CommandBuilder.maximumWidth), label: "size")
                guard let width else { return nil }
                let units = try checker.checkedInteger(width, 1...CommandBuilder.maximumWidth, label: "layer size",
                                                       at: size.range)
                result.append(CheckedModel.Stage(units: units, operations: try operations(words)))
            case .repeated(let inner, let countExpr, let range):
                guard let countValue = try checker.evaluate(countExpr) else { return nil }
                let count = try checker.checkedInteger(countValue, 1...1000, label: "repetitions", at: countExpr.range)
                guard let group = try expand(inner, budget: budget) else { return nil }
                let (total, overflow) = group.count.multipliedReportingOverflow(by: count)
                guard !overflow, total + result.count <= budget else {
                    throw Diagnostic(.invalidModel, "the model has more than \(budget) layers", at: range)
                }
                for _ in 0..<count { result += group }
            }
        }
        return result
    }

    /// Linear weights and biases plus two parameters per batch-normalized feature, overflow-checked.
    func parameterCount(_ stages: [CheckedModel.Stage], at range: SourceRange) throws(Diagnostic) -> Int {
        var total = 0
        for (previous, stage) in zip(stages, stages.dropFirst()) {
            let (weights, overflow) = (previous.units + 1).multipliedReportingOverflow(by: stage.units)
            let norms = stage.operations.filter { $0 == .batchNorm }.count * 2 * stage.units
            total += overflow ? Int.max / 2 : weights + norms
            guard total <= CommandBuilder.maximumParameters else {
                throw Diagnostic(.invalidModel, "the model would have more than \(CommandBuilder.maximumParameters) "
                                 + "parameters", at: range, expected: "a model that fits in memory",
                                 fix: "use smaller layers")
            }
        }
        return total
    }
}
