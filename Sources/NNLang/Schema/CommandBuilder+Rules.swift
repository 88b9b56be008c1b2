extension CommandBuilder {
    /// Checks the rules that relate options, once each option has its own type.
    mutating func checkRules() {
        for rule in spec.rules {
            switch rule {
            case .sumAtMostOne(let names): checkSum(names)
            case .exclusive(let first, let second): checkExclusive(first, second)
            case .ascending(let lower, let upper): checkAscending(lower, upper)
            case .nesterovNeedsMomentum: checkNesterov()
            }
        }
    }

    func rangeOf(_ names: [String]) -> SourceRange {
        names.compactMap { optionRanges[$0] }.first ?? command.range
    }

    mutating func checkSum(_ names: [String]) {
        let values = names.compactMap { options[$0]?.number }
        guard values.count == names.count else { return }
        let total = values.reduce(0, +)
        guard total > 1 + 1e-9 else { return }
        let parts = zip(names, values).map { "\($0)=\(formatNumber($1))" }.joined(separator: " + ")
        let defaulted = names.filter { !explicitOptions.contains($0) }
        report(Diagnostic(
            .conflictingOptions, "\(parts) = \(formatNumber(total)), more than 1",
            at: rangeOf(names.filter(explicitOptions.contains)), expected: "fractions that sum to at most 1",
            fix: defaulted.isEmpty ? "lower one of them" : "set \(defaulted.map { "\($0)=" }.joined(separator: " ")) too"))
    }

    mutating func checkExclusive(_ first: String, _ second: String) {
        guard explicitOptions.contains(first), explicitOptions.contains(second) else { return }
        report(Diagnostic(.conflictingOptions, "give '\(first)=' or '\(second)=', not both", at: rangeOf([second]),
                          fix: "keep one of them"))
    }

    mutating func checkAscending(_ lower: String, _ upper: String) {
        guard let low = options[lower]?.number, let high = options[upper]?.number, low >= high else { return }
        report(Diagnostic(.conflictingOptions,
                          "'\(lower)=\(formatNumber(low))' must be below '\(upper)=\(formatNumber(high))'",
                          at: rangeOf([lower, upper]), fix: "swap them"))
    }

    mutating func checkNesterov() {
        guard options["nesterov"]?.bool == true else { return }
        let momentum = options["momentum"]?.number ?? 0
        let dampening = options["dampening"]?.number ?? 0
        guard momentum <= 0 || dampening != 0 else { return }
        report(Diagnostic(.conflictingOptions, "nesterov needs momentum > 0 and dampening = 0 (as in PyTorch)",
                          at: rangeOf(["nesterov"]), fix: "add momentum=0.9"))
    }
}
