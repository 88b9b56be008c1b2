import Testing
@testable import NNLang

@Suite struct SchemaTests {
    static let required = ["data", "seed", "reset", "split", "preprocess", "augment", "model", "init", "loss",
                           "optimizer", "schedule", "check", "overfit", "lrfind", "train", "sweep", "grid",
                           "evaluate", "diagnose", "ensemble", "snapshot", "ema", "save", "load", "freeze",
                           "unfreeze", "head", "landscape", "descend", "plot", "show", "set", "help", "let",
                           "print", "for", "expect"]

    @Test func everyCommandOfTheLanguageIsInTheSchema() {
        #expect(Set(Schema.commandNames) == Set(SchemaTests.required))
        #expect(Schema.commandNames.count == Set(Schema.commandNames).count)
    }

    @Test(arguments: Schema.commandNames)
    func everyCommandHasHelp(name: String) throws {
        let spec = try #require(Schema.command(named: name))
        #expect(!spec.summary.isEmpty)
        for option in spec.options + spec.variants.flatMap(\.options) {
            #expect(!option.summary.isEmpty, "\(name) \(option.name)")
        }
        let blocks = try #require(HelpText.command(name))
        let text = TranscriptRenderer().render(command: "help \(name)", blocks: blocks)
        #expect(text.contains(name))
        for option in spec.options { #expect(text.contains(option.name)) }
    }

    /// Typing every default explicitly gives the same checked command as leaving it out.
    static let commandsAndVariants: [(String, String?)] = Schema.commands.filter { $0.syntax == nil }.flatMap {
        spec -> [(String, String?)] in
        spec.variants.isEmpty ? [(spec.name, nil)] : spec.variants.map { (spec.name, $0.word) }
    }

    @Test(arguments: commandsAndVariants)
    func defaultsRoundTrip(name: String, variant: String?) throws {
        let spec = try #require(Schema.command(named: name))
        let variantSpec = variant.flatMap(spec.variant)
        let positionals = spec.positionals(for: variantSpec).filter(\.isRequired).map { sample(for: $0.type) }
        let head = ([name] + (variant.map { [$0] } ?? []) + positionals).joined(separator: " ")
        let options = spec.options(for: variantSpec).compactMap { option in
            option.defaultValue.map { "\(option.name)=\(exactLiteral($0))" }
        }
        let checker = CommandChecker(environment: VariableTable())
        let bare = try checker.check(command(head))
        let explicit = try checker.check(command(([head] + options).joined(separator: " ")))
        #expect(bare.options == explicit.options)
        #expect(bare.positionals == explicit.positionals)
    }

    /// A value as a literal that reads back exactly (numbers with all their digits).
    func exactLiteral(_ value: Value) -> String {
        switch value {
        case .number(let number): "\(number)"
        case .list(let items): "[" + items.map(exactLiteral).joined(separator: ",") + "]"
        default: value.literal
        }
    }

    func sample(for type: ValueType) -> String {
        switch type {
        case .string: "\"file.csv\""
        case .name: "base"
        case .layerIndices: "1..2"
        case .integer: "1"
        default: "0.5"
        }
    }

    @Test func optimizerDefaultsArePyTorchs() throws {
        let sgd = try check("optimizer sgd")
        #expect(sgd.number("lr") == 1e-3 && sgd.number("momentum") == 0 && sgd.bool("nesterov") == false)
        let adam = try check("optimizer adam")
        #expect(adam.number("lr") == 1e-3 && adam.numbers("betas") == [0.9, 0.999] && adam.number("eps") == 1e-8)
        #expect(try check("optimizer adamw").number("wd") == 0.01)
        let rmsprop = try check("optimizer rmsprop")
        #expect(rmsprop.number("lr") == 1e-2 && rmsprop.number("alpha") == 0.99)
        let adagrad = try check("optimizer adagrad")
        #expect(adagrad.number("lr") == 1e-2 && adagrad.number("eps") == 1e-10)
        let step = try check("schedule step")
        #expect(step.integer("every") == 30 && step.number("factor") == 0.1 && step.integer("warmup") == 0)
        #expect(try check("schedule multistep").numbers("at") == [30, 60, 90])
        let split = try check("split")
        #expect(split.number("train") == 0.8 && split.number("val") == 0.1 && split.number("test") == 0.1)
    }

    @Test(arguments: [("trian", "train"), ("optimzer", "optimizer"), ("sed", "seed"), ("hepl", "help")])
    func commandSuggestions(typed: String, suggested: String) {
        #expect(allDiagnostics(typed).first?.suggestion == suggested)
    }

    @Test(arguments: [("train epoch=5", "epochs"), ("optimizer sgd momentun=0.9", "momentum"),
                      ("data spiral clases=3", "classes"), ("plot loss smoth=10", "smooth")])
    func optionSuggestions(source: String, suggested: String) {
        let found = allDiagnostics(source)
        #expect(found.first?.kind == .unknownOption)
        #expect(found.first?.suggestion == suggested)
    }

    @Test func helpListsEveryCommand() {
        let text = TranscriptRenderer().render(command: "help", blocks: HelpText.overview())
        for name in Schema.commandNames { #expect(text.contains("\n\(name) ")) }
    }
}

/// `help model` lists every layer word with the default the parser really uses.
@Suite struct LayerWordHelpTests {
    @Test func theHelpNamesEveryLayerWordTheParserTakes() {
        #expect(LayerWordHelp.all.map(\.word) == LayerOperation.words)
    }

    @Test func theDefaultsShownAreTheParsersDefaults() throws {
        let withArguments = LayerWordHelp.all.filter { $0.form.contains("(") }
        #expect(withArguments.map(\.word) == ["dropout"])
        for help in withArguments {
            let shown = try #require(Double(help.form.split(separator: "(")[1].dropLast()))
            let bare = try check("model 2 -> 8 \(help.word) -> 3").model
            let explicit = try check("model 2 -> 8 \(help.word)(\(formatNumber(shown))) -> 3").model
            let other = try check("model 2 -> 8 \(help.word)(\(formatNumber(shown / 2))) -> 3").model
            #expect(bare == explicit, "\(help.word): the bare word is not \(help.form)")
            #expect(bare != other)
        }
    }

    @Test func helpModelSaysDropoutTakesTheDropProbability() {
        let text = (HelpText.command("model") ?? []).compactMap { block -> String? in
            if case .table(let table) = block { return table.renderLines().joined(separator: "\n") }
            return nil
        }.joined()
        #expect(text.contains("dropout(0.5)") && text.contains("drop each unit with probability p"), "\(text)")
    }

    @Test func everyFormTheHelpShowsBuildsAModel() {
        for help in LayerWordHelp.all {
            let (interpreter, transcript) = session("model 2 -> 8 \(help.form) -> 3")
            #expect(interpreter.state.network != nil && !transcript.contains("error"), "\(help.form): \(transcript)")
        }
    }

    /// `help` lists no command as not built: every command of the schema runs.
    @Test func helpMarksNothingAsNotBuilt() {
        let statements: Set = ["let", "print", "for", "expect"]
        #expect(Schema.commandNames.filter { HandlerTable.handlers[$0] == nil && !statements.contains($0) }.isEmpty)
        let text = HelpHandler.overview().map { TranscriptRenderer().renderLines($0).joined(separator: "\n") }.joined()
        #expect(!text.contains("not built"), "\(text)")
        #expect(text.contains("model"))
    }
}
