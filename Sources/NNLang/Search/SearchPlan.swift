import NNLab

/// The trials of a `sweep` or `grid`: one single-valued `train` command each.
enum SearchPlan {
    /// More trials than this is refused: a search that long belongs on many machines (`--shard`).
    static let maximumTrials = 100_000

    /// The axes searched, in the order typed.
    static func axes(of command: CheckedCommand) -> [SearchAxis] {
        command.sweepAxes.map { SearchAxis(name: $0.name, domain: $0.domain) }
    }

    /// Every trial's command: a grid's every combination (first option slowest), or a random
    /// search's `trials` draws, trial `t` from `SearchSampling.trialSource(searchSeed:trial: t)`.
    static func trials(of command: CheckedCommand, searchSeed: UInt64) throws(CommandFailure) -> [CheckedCommand] {
        guard !command.sweepAxes.isEmpty else {
            throw CommandFailure("\(command.name) needs at least one option to search",
                                 fix: command.name == "grid" ? "give lists, e.g. grid lr=[1e-1,1e-2,1e-3] wd=[0,1e-4] epochs=2"
                                     : "give a range or a list, e.g. sweep lr=logu(1e-4,1e-1) trials=20 epochs=2")
        }
        if command.sweepAxes.contains(where: { $0.name == "trials" }) {
            throw CommandFailure("trials= takes one number: how many trials to draw",
                                 fix: "search over the other options, e.g. sweep lr=logu(1e-4,1e-1) trials=20", option: "trials")
        }
        if command.name == "grid" {
            let count = command.sweepAxes.reduce(1) { product, axis in
                guard case .values(let values) = axis.domain else { return product }
                return product.multipliedReportingOverflow(by: values.count).partialValue
            }
            guard count <= maximumTrials else {
                throw CommandFailure("this grid has \(count) combinations, more than the \(maximumTrials) a search may run",
                                     fix: "use fewer values, or a random search: sweep … trials=100")
            }
            return RunCombinations.expand(command)
        }
        return (0..<command.integer("trials")).map { trial in
            var source = SearchSampling.trialSource(searchSeed: searchSeed, trial: trial)
            var drawn = command
            for axis in command.sweepAxes {
                drawn = drawn.setting(axis.name, to: sample(axis, option: command.name, using: &source))
            }
            return drawn
        }
    }

    /// One value of an axis; whole-number options get whole numbers.
    static func sample(_ axis: SweepAxis, option command: String, using source: inout RandomSource) -> Value {
        let drawn: Value
        switch axis.domain {
        case .values(let values), .distribution(.choice(let values)):
            drawn = values[source.nextInt(below: values.count)]
        case .distribution(.logUniform(let lower, let upper)):
            drawn = .number(SearchSampling.logUniform(lower, upper, using: &source))
        case .distribution(.uniform(let lower, let upper)):
            drawn = .number(SearchSampling.uniform(lower, upper, using: &source))
        }
        guard case .number(let number) = drawn, let range = integerRange(of: axis.name, in: command) else { return drawn }
        return .number(Double(min(max(Int(number.rounded()), range.lowerBound), range.upperBound)))
    }

    private static func integerRange(of option: String, in command: String) -> ClosedRange<Int>? {
        let type = Schema.command(named: command)?.options.first { $0.name == option }?.type
        switch type {
        case .integer(let range)?: return range
        case .oneOf(let types)?:
            for case .integer(let range) in types { return range }
            return nil
        default: return nil
        }
    }
}
