extension CommandBuilder {
    /// `key=value`: a known option, given once, with a value of its type (or a list for a sweep).
    mutating func addOption(_ name: String, _ expr: Expr, nameRange: SourceRange) {
        guard let option = allowedOptions.first(where: { $0.name == name }) else {
            report(unknownOption(name, at: nameRange))
            return
        }
        guard !explicitOptions.contains(name) else {
            report(Diagnostic(.duplicateOption, "option '\(name)' is given twice", at: nameRange,
                              fix: "keep one \(name)="))
            return
        }
        explicitOptions.append(name)
        optionRanges[name] = nameRange.union(expr.range)
        do throws(Diagnostic) {
            guard let value = try checker.evaluateForType(expr, option.type, label: name) else { return }
            options[name] = try typedOptionValue(value, option: option, at: expr.range)
        } catch {
            report(error)
        }
    }

    /// A value for an option: its type, or a list/distribution when the command runs one per value.
    func typedOptionValue(_ value: Value, option: OptionSpec, at range: SourceRange) throws(Diagnostic) -> Value {
        let wantsOneValue = option.type.isSweepable
        if wantsOneValue, case .list(let items) = value, spec.acceptsLists {
            guard !items.isEmpty else {
                throw Diagnostic(.wrongType, "'\(option.name)' is given an empty list", at: range,
                                 expected: "at least one value")
            }
            var checked: [Value] = []
            for item in items { checked.append(try checker.coerce(item, to: option.type, label: option.name, at: range)) }
            return .list(checked)
        }
        if case .distribution(let distribution) = value {
            guard wantsOneValue, spec.acceptsDistributions else {
                throw Diagnostic(.wrongType, "'\(option.name)' cannot take \(distribution)", at: range,
                                 expected: option.type.description,
                                 fix: "distributions are for 'sweep'; 'train' and 'grid' take a list of values")
            }
            return .distribution(try checker.checkDistribution(distribution, for: option, at: range))
        }
        return try checker.coerce(value, to: option.type, label: option.name, at: range)
    }

    mutating func recordSweepAxes() {
        for name in explicitOptions {
            switch options[name] {
            case .list(let items)? where allowedOptions.first(where: { $0.name == name })?.type.isSweepable == true:
                sweepAxes.append(SweepAxis(name: name, domain: .values(items)))
            case .distribution(let distribution)?:
                sweepAxes.append(SweepAxis(name: name, domain: .distribution(distribution)))
            default: break
            }
        }
    }

    func unknownOption(_ name: String, at range: SourceRange) -> Diagnostic {
        let names = allowedOptions.map(\.name)
        let owners = spec.variants.filter { $0.options.contains { $0.name == name } }.map(\.word)
        let place = variant.map { "'\(spec.name) \($0.word)'" } ?? "'\(spec.name)'"
        var fix: String?
        if !owners.isEmpty {
            fix = "'\(name)' is an option of '\(spec.name) " + owners.joined(separator: "', '\(spec.name) ") + "'"
        } else if names.isEmpty {
            fix = "\(place) takes no options"
        }
        return Diagnostic(.unknownOption, "unknown option '\(Lexer.shortened(name))' for \(place)", at: range,
                          expected: names.isEmpty ? nil : "one of " + names.joined(separator: ", "),
                          suggestion: NameSuggester.suggestion(for: name, among: names), fix: fix)
    }

    /// A positional: a bare option word (`augment flip`), else the next positional slot.
    mutating func addPositional(_ expr: Expr) {
        if let word = expr.bareName, let option = allowedOptions.first(where: { $0.name == word }),
           let bare = option.bareValue {
            guard !explicitOptions.contains(word) else {
                report(Diagnostic(.duplicateOption, "option '\(word)' is given twice", at: expr.range))
                return
            }
            explicitOptions.append(word)
            optionRanges[word] = expr.range
            options[word] = bare
            return
        }
        let specs = positionalSpecs
        let slot = positionals.count - (variant == nil ? 0 : 1)
        guard slot < specs.count else {
            report(unexpectedPositional(expr))
            return
        }
        do throws(Diagnostic) {
            let spec = specs[slot]
            if let value = try checker.evaluateForType(expr, spec.type, label: spec.name) {
                positionals.append(try checker.coerce(value, to: spec.type, label: spec.name, at: expr.range))
            } else {
                positionals.append(nil)
            }
        } catch {
            positionals.append(nil)
            report(error)
        }
    }

    func unexpectedPositional(_ expr: Expr) -> Diagnostic {
        let place = variant.map { "'\(spec.name) \($0.word)'" } ?? "'\(spec.name)'"
        let names = allowedOptions.map(\.name)
        let suggestion = expr.bareName.flatMap { NameSuggester.suggestion(for: $0, among: names) }
        let bareWords = allowedOptions.filter { $0.bareValue != nil }.map(\.name)
        var expected = names.isEmpty ? "the end of the command" : "options written key=value"
        if !bareWords.isEmpty { expected += ", or the words " + bareWords.joined(separator: ", ") }
        return Diagnostic(.unexpectedArgument, "unexpected \(Lexer.shortened(expr.shortText)) after \(place)",
                          at: expr.range, expected: expected, suggestion: suggestion,
                          fix: names.isEmpty ? "\(place) takes nothing more" : nil)
    }

    /// Reports missing required positionals at the end of the command.
    mutating func finishPositionals() {
        let given = positionals.count - (variant == nil ? 0 : 1)
        let specs = positionalSpecs
        guard given < specs.count, let missing = specs[given...].first(where: \.isRequired) else { return }
        let place = variant.map { "'\(spec.name) \($0.word)'" } ?? "'\(spec.name)'"
        let end = SourceRange(start: command.range.end, end: command.range.end)
        report(Diagnostic(.missingArgument, "\(place) needs \(missing.name): \(missing.summary)", at: end,
                          expected: missing.type.description))
    }

    mutating func fillDefaults() {
        for option in allowedOptions where options[option.name] == nil && !explicitOptions.contains(option.name) {
            options[option.name] = option.defaultValue
        }
        recordSweepAxes()
    }
}
