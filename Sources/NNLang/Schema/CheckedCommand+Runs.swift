extension CheckedCommand {
    /// Whether this command asks for several runs (a list on a one-number option).
    public var isListValued: Bool {
        sweepAxes.contains { if case .values = $0.domain { true } else { false } }
    }

    /// The runs of a list-valued command: every combination of the listed values, first option slowest.
    ///
    /// `train epochs=5 lr=[0.1,0.01] wd=[0,1e-4]` gives four commands, each with single values.
    /// A command without lists gives itself. Distribution axes (`sweep`) are left for the search to sample.
    public func combinations() -> [CheckedCommand] {
        var runs = [self]
        for axis in sweepAxes {
            guard case .values(let values) = axis.domain else { continue }
            runs = runs.flatMap { run in values.map { run.setting(axis.name, to: $0) } }
        }
        return runs
    }

    /// A copy with one option set to a single value (no longer a sweep axis), e.g. a sampled `lr`.
    public func setting(_ option: String, to value: Value) -> CheckedCommand {
        var copy = self
        copy.options[option] = value
        copy.sweepAxes.removeAll { $0.name == option }
        if !copy.explicitOptions.contains(option) { copy.explicitOptions.append(option) }
        return copy
    }

    /// The single-valued options that differ between runs, for naming a run (`lr=0.1 wd=0`).
    public func runLabel(axes: [SweepAxis]) -> String {
        axes.compactMap { axis in options[axis.name].map { "\(axis.name)=\($0.literal)" } }.joined(separator: " ")
    }
}

extension CheckedCommand {
    /// The command as a canonical line with every option spelled out in schema order, e.g.
    /// `optimizer adam lr=0.001 betas=[0.9, 0.999] eps=1e-8 wd=0`: for `show config` and run labels.
    ///
    /// Options without a value are left out; numbers use `formatNumber`, so the line is for reading.
    public var canonicalText: String {
        var parts = [name] + positionals.map(\.literal)
        if let layers = model {
            parts.append(layers.canonicalText)
        }
        let spec = Schema.command(named: name)
        let order = spec?.options(for: variant.flatMap { spec?.variant($0) }).map(\.name) ?? options.keys.sorted()
        for option in order {
            guard let value = options[option] else { continue }
            parts.append("\(option)=\(CheckedCommand.compactLiteral(value))")
        }
        return parts.joined(separator: " ")
    }

    /// The command's word, its other positionals and the options typed, as typed (a true
    /// flag as its bare word), leaving out `dropping`: `sgd nesterov momentum=0.9`, `normal std=0.01`.
    func typedText(dropping: Set<String> = []) -> String {
        let typed = explicitOptions.filter { !dropping.contains($0) }.compactMap { option -> String? in
            switch options[option] {
            case .bool(true)?: option
            case let value?: "\(option)=\(CheckedCommand.compactLiteral(value))"
            case nil: nil
            }
        }
        return (positionals.map(\.literal) + typed).joined(separator: " ")
    }

    /// A literal without spaces, so it stays one option value: `[0.9,0.999]`.
    static func compactLiteral(_ value: Value) -> String {
        guard case .list(let items) = value else { return value.literal }
        return "[" + items.map(compactLiteral).joined(separator: ",") + "]"
    }
}

extension CheckedModel {
    /// `2 -> 100 relu dropout(0.5) -> 3`, repetitions written out.
    public var canonicalText: String {
        stages.map { stage in
            ([String(stage.units)] + stage.operations.map(\.word)).joined(separator: " ")
        }.joined(separator: " -> ")
    }
}

extension LayerOperation {
    /// The layer word as typed, with its argument when it has one: `relu`, `dropout(0.5)`.
    public var word: String {
        switch self {
        case .relu: "relu"
        case .tanh: "tanh"
        case .sigmoid: "sigmoid"
        case .leakyReLU(let slope): "leaky(\(formatNumber(slope)))"
        case .elu(let alpha): "elu(\(formatNumber(alpha)))"
        case .gelu: "gelu"
        case .batchNorm: "batchnorm"
        case .dropout(let probability): "dropout(\(formatNumber(probability)))"
        }
    }
}
