/// Builds one `CheckedCommand` from a parsed `Command` and its spec, collecting every diagnostic.
struct CommandBuilder {
    /// Checking stops after this many errors in one command (a megabyte of duplicated options).
    static let maximumDiagnostics = 20

    let spec: CommandSpec
    let command: Command
    let checker: CommandChecker
    var diagnostics: [Diagnostic] = []
    var variant: VariantSpec?
    var positionals: [Value?] = []
    var options: [String: Value] = [:]
    var optionRanges: [String: SourceRange] = [:]
    var explicitOptions: [String] = []
    var sweepAxes: [SweepAxis] = []
    var model: CheckedModel?
    /// Set in static checking when the command's word is a variable whose value is known only at run time.
    var isDeferred = false

    init(spec: CommandSpec, command: Command, checker: CommandChecker) {
        self.spec = spec
        self.command = command
        self.checker = checker
    }

    var allowedOptions: [OptionSpec] { spec.options(for: variant) }
    var positionalSpecs: [PositionalSpec] { spec.positionals(for: variant) }

    var result: CheckedCommand {
        var checked = CheckedCommand(
            name: spec.name, variant: variant?.word, positionals: positionals.compactMap { $0 }, options: options,
            explicitOptions: explicitOptions, sweepAxes: sweepAxes, model: model, range: command.range)
        checked.optionRanges = optionRanges
        return checked
    }

    mutating func build() {
        var arguments = command.arguments[...]
        if !spec.variants.isEmpty {
            resolveVariant(&arguments)
            guard diagnostics.isEmpty, !isDeferred else { return }
        }
        for argument in arguments where diagnostics.count < CommandBuilder.maximumDiagnostics {
            switch argument {
            case .option(let name, let value, let nameRange): addOption(name, value, nameRange: nameRange)
            case .positional(let expr): addPositional(expr)
            case .model(let layers): addModel(layers)
            }
        }
        if spec.takesLayers, !hasLayers {
            report(Diagnostic(.missingArgument, "'\(spec.name)' needs its layers", at: command.range,
                              expected: "sizes joined by '->', like model 2 -> 100 relu -> 3"))
        }
        finishPositionals()
        fillDefaults()
        if diagnostics.isEmpty { checkRules() }
    }

    /// Whether the command was given a layer description.
    var hasLayers: Bool {
        command.arguments.contains { argument in
            if case .model = argument { return true }
            return false
        }
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// The first positional must be one of the command's words (or the default is used).
    mutating func resolveVariant(_ arguments: inout ArraySlice<Argument>) {
        let words = spec.variants.map(\.word)
        if case .positional(let expr)? = arguments.first {
            if let typed = expr.bareName, let found = spec.variant(typed) {
                variant = found
                positionals.append(.word(typed))
                arguments.removeFirst()
                return
            }
            if let name = expr.bareName, let held = variableValue(expr) {
                arguments.removeFirst()
                if let held { select(held, from: expr, variable: name) } else { isDeferred = true }
                return
            }
            if spec.defaultVariant == nil || expr.bareName != nil {
                report(Diagnostic(
                    .unknownWord, "'\(spec.name)' does not know '\(Lexer.shortened(expr.shortText))'", at: expr.range,
                    expected: "one of " + words.joined(separator: ", "),
                    suggestion: expr.bareName.flatMap { NameSuggester.suggestion(for: $0, among: words) }))
                return
            }
        }
        guard let fallback = spec.defaultVariant.flatMap(spec.variant) else {
            let later = arguments.compactMap { argument -> String? in
                if case .positional(let expr) = argument, let name = expr.bareName, words.contains(name) { return name }
                return nil
            }.first
            report(Diagnostic(
                .missingArgument, "'\(spec.name)' needs a word saying which", at: command.nameRange,
                expected: "one of " + words.joined(separator: ", "),
                fix: later.map { "the word comes first: \(spec.name) \($0) …" } ?? "for example: \(spec.name) \(words[0])"))
            return
        }
        variant = fallback
        positionals.append(.word(fallback.word))
    }
}

extension CommandBuilder {
    /// The value of a variable standing in for the command's word (`for o in ["sgd", "adam"]: optimizer o`):
    /// nil when the name is no variable, `.some(nil)` when its value is known only at run time.
    func variableValue(_ expr: Expr) -> Value?? {
        do { return .some(try checker.evaluate(expr)) } catch { return nil }
    }

    /// Takes the word a variable holds, or explains why it is not one of the command's words.
    mutating func select(_ held: Value, from expr: Expr, variable: String) {
        if let word = held.text, let found = spec.variant(word) {
            variant = found
            positionals.append(.word(word))
            return
        }
        let words = spec.variants.map(\.word)
        let what = held.text.map { "'\(Lexer.shortened($0))'" } ?? "\(held.kindDescription), \(Lexer.shortened(held.description))"
        report(Diagnostic(
            .unknownWord, "'\(spec.name)' does not know '\(variable)', which holds \(what)", at: expr.range,
            expected: "one of " + words.joined(separator: ", "),
            suggestion: held.text.flatMap { NameSuggester.suggestion(for: $0, among: words) },
            fix: held.text == nil ? "'\(variable)' is a value, not a word; print \(variable) shows it"
                : "give '\(variable)' one of these words in quotes, e.g. \"\(words[0])\""))
    }
}

extension Expr {
    /// A short form of the expression for messages.
    var shortText: String { sExpression }
}
