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
