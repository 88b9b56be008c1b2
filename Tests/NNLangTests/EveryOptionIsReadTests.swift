import Testing
@testable import NNLang

/// Every option of the schema does something: each one, given on its own to a command
/// that runs, is read by the handler or the command is refused. An option the schema
/// declares but no handler reads would be silently ignored.
@Suite struct EveryOptionIsReadTests {
    static let setup = "seed 0\ndata blobs\nmodel 2 -> 8 relu -> 3\n"

    /// `command variant option=value` for every option with a default value to give.
    static var lines: [(line: String, option: String)] {
        var lines: [(String, String)] = []
        for spec in Schema.commands where HandlerTable.handlers[spec.name] != nil {
            let variants: [VariantSpec?] = spec.variants.isEmpty ? [nil] : spec.variants
            for variant in variants {
                let positionals = (variant?.positionals ?? []) + spec.positionals
                guard !positionals.contains(where: \.isRequired) else { continue }
                for option in spec.options + (variant?.options ?? []) {
                    guard let value = option.defaultValue ?? option.bareValue, let text = source(value) else { continue }
                    let head = [spec.name, variant?.word].compactMap { $0 }.joined(separator: " ")
                    lines.append(("\(head) \(option.name)=\(text)", option.name))
                }
            }
        }
        return lines
    }

    private static func source(_ value: Value) -> String? {
        switch value {
        case .string(let text): return "\"\(text)\""
        case .word(let word): return word
        case .number, .bool, .list: return "\(value)"
        default: return nil
        }
    }

    @Test func eachOptionIsReadOrRefused() {
        var ignored: [String] = []
        for (line, option) in Self.lines {
            let log = OptionReadLog()
            let interpreter = Interpreter()
            var failed = false
            OptionReadLog.$current.withValue(log) {
                let outcome = interpreter.run(SourceFile(name: "o.nnlab", text: Self.setup + line)) { _ in }
                failed = outcome.error != nil
            }
            if !failed && !log.read.contains(option) { ignored.append(line) }
        }
        #expect(ignored.isEmpty, "options no handler read: \(ignored.joined(separator: "; "))")
        #expect(Self.lines.count > 50)
    }
}

/// Every option changes what a command does: the command with the option set to a
/// value other than its default prints something else (its output, or what `show data`,
/// `evaluate val` and `plot loss` say afterwards), or is refused. Reading an option is not enough.
@Suite struct EveryOptionChangesTheOutcomeTests {
    static let probe = "show data\nevaluate val\nplot loss"

    /// `(command without the option, the same command with other values of it)`.
    static var cases: [(plain: String, changed: [String])] {
        var cases: [(String, [String])] = []
        for spec in Schema.commands where HandlerTable.handlers[spec.name] != nil {
            let variants: [VariantSpec?] = spec.variants.isEmpty ? [nil] : spec.variants
            for variant in variants {
                let positionals = (variant?.positionals ?? []) + spec.positionals
                guard !positionals.contains(where: \.isRequired) else { continue }
                let head = [spec.name, variant?.word].compactMap { $0 }.joined(separator: " ")
                for option in spec.options + (variant?.options ?? []) {
                    if terminalOnly.contains("\(head) \(option.name)") { continue }
                    if let situation = situations["\(head) \(option.name)"] {
                        cases.append((situation.plain, [situation.changed]))
                        continue
                    }
                    let values = Array(Set(otherValues(option))).sorted()
                    if !values.isEmpty { cases.append((head, values.map { "\(head) \(option.name)=\($0)" })) }
                }
            }
        }
        return cases
    }

    /// Options that change only what a terminal draws, never a transcript (`LiveRunTests`
    /// shows `train live=` handing the run over to be watched).
    static let terminalOnly: Set = ["train live"]

    /// Options whose effect needs a run long enough for it: early stopping, going back to
    /// the best epoch, clipping gradients that are larger than the threshold.
    static let situations: [String: (plain: String, changed: String)] = [
        "train patience": ("train epochs=200 lr=0.05", "train epochs=200 lr=0.05 patience=2"),
        "train restore": ("train epochs=200 lr=0.05", "train epochs=200 lr=0.05 restore=best"),
        "train clip": ("train epochs=3", "train epochs=3 clip=0.01"),
    ]

    /// Up to two valid values that differ from the default, as source text.
    static func otherValues(_ option: OptionSpec) -> [String] {
        candidates(option.type, default: option.defaultValue).prefix(2).map { $0 }
    }

    private static func candidates(_ type: ValueType, default value: Value?) -> [String] {
        switch type {
        case .number(let bounds):
            let start = value?.number ?? 1
            return [start * 2, start + 1, start / 2, 0.5, 2, 0.01, 7].filter { bounds.contains($0) && $0 != value?.number }
                .map { "\($0)" }
        case .integer(let range):
            let start = value?.number.map { Int($0) } ?? 2
            return [start + 1, start * 2, start - 1, 1, 3].filter { range.contains($0) && Double($0) != value?.number }
                .map(String.init)
        case .bool:
            return value == .bool(true) ? ["false"] : ["true"]
        case .word(let words):
            return words.filter { value != .word($0) }
        case .oneOf(let types):
            return types.flatMap { candidates($0, default: value) }
        default:
            return []
        }
    }

    /// The output of the command and of the probe after it, and whether the command failed.
    private static func outcome(_ line: String) -> (output: String, failed: Bool) {
        let interpreter = Interpreter()
        var output = ""
        var failed = false
        for (text, isCommand) in [(EveryOptionIsReadTests.setup + line, true), (probe, false)] {
            let source = SourceFile(name: "o.nnlab", text: text)
            let renderer = TranscriptRenderer(width: 80, height: 12, source: source)
            let result = interpreter.run(source) { output += renderer.render(command: "", blocks: $0.blocks) }
            if isCommand { failed = result.error != nil }
        }
        return (output, failed)
    }

    @Test func eachOptionChangesTheOutcomeOrIsRefused() {
        var inert: [String] = []
        for (plain, changed) in Self.cases {
            let baseline = Self.outcome(plain).output
            let acts = changed.contains { line in
                let (output, failed) = Self.outcome(line)
                return failed || output != baseline
            }
            if !acts { inert.append(changed.joined(separator: " | ")) }
        }
        #expect(inert.isEmpty, "options that changed nothing: \(inert.joined(separator: "; "))")
        #expect(Self.cases.count > 50)
    }
}

/// The options the audit found ignored now act, or are refused where they are typed.
@Suite struct FormerlyIgnoredOptionTests {
    @Test func smoothZeroDrawsTheRawLoss() {
        let (interpreter, _) = session("seed 0\ndata blobs\nmodel 2 -> 8 relu -> 3\ntrain epochs=30")
        let runs = interpreter.state.lastRuns
        #expect(RunPlots.loss(runs, smoothing: 0).series.map(\.name) == ["run 1", "run 1 val"])
        #expect(RunPlots.loss(runs, smoothing: 0).series[0].y == runs.first!.stepLosses)
        #expect(RunPlots.loss(runs).series.count == 3)
    }

    @Test func circlesFactorIsTheInnerRadiusOverTheOuter() throws {
        let (a, _) = session("seed 0\ndata circles noise=0 factor=0.2")
        let (b, _) = session("seed 0\ndata circles noise=0")
        let inner = try #require(a.state.dataset), plain = try #require(b.state.dataset)
        for (dataset, radius) in [(inner, 0.2), (plain, 0.5)] {
            let row = try #require(dataset.labels.firstIndex(of: 0))
            let x = Double(dataset.features[row, 0]), y = Double(dataset.features[row, 1])
            #expect(abs((x * x + y * y).squareRoot() - radius) < 1e-5)
        }
    }

    @Test(arguments: ["loss svm margin=2", "data blobs dims=5", "plot boundary smooth=5", "plot schedule logy",
                      "plot boundary runs=all"])
    func anOptionThatWouldDoNothingIsRefusedWhereItIsTyped(line: String) {
        let diagnostics = allDiagnostics(line)
        let option = String(line.split(separator: " ")[2].split(separator: "=")[0])
        #expect(diagnostics.count == 1 && diagnostics[0].message.contains(option), "\(diagnostics)")
    }

    @Test(arguments: [("train momentum=0.9", "momentum= does nothing with the adam optimizer: it belongs to sgd, rmsprop"),
                      ("train lr_decay=0.1", "lr_decay= does nothing with the adam optimizer: it belongs to adagrad"),
                      ("train every=3", "every= does nothing with the constant schedule: it belongs to step"),
                      ("train gamma=0.5", "gamma= does nothing with the constant schedule: it belongs to exp"),
                      ("train eval=5", "eval= spaces validation in a step run"),
                      ("check gradients dropout=true", "dropout=true does nothing: the model has no dropout layer")])
    func anOptionTheSessionHasNoUseForIsRefusedWhenItRuns(line: String, message: String) {
        let (interpreter, output) = session(EveryOptionIsReadTests.setup + line)
        #expect(output.contains(message), "\(output)")
        #expect(interpreter.state.lastRuns.isEmpty)
    }

    @Test func anOptionOfTheCurrentOptimizerOrScheduleIsTaken() {
        let (interpreter, output) = session(EveryOptionIsReadTests.setup + "optimizer sgd\nschedule step\ntrain epochs=2 momentum=0.9 every=1")
        #expect(!output.contains("does nothing"), "\(output)")
        #expect(interpreter.state.lastRuns.count == 1)
    }

    @Test func showDataAugmentedDrawsTheSamplesAsTrainingSeesThem() {
        let (interpreter, output) = session("seed 0\ndata digits\naugment cutout=3\nshow data augmented=true")
        #expect(output.contains("samples above, as training sees them below (cutout=3)"), "\(output)")
        let (plain, _) = session("seed 0\ndata digits\naugment cutout=3")
        #expect(interpreter.state.streams.augmentation == plain.state.streams.augmentation, "showing draws from a copy")
        let (_, refused) = session("seed 0\ndata digits\nshow data augmented=true")
        #expect(refused.contains("no augmentation is set") && refused.contains("augment flip crop=1"), "\(refused)")
        let (_, flat) = session("seed 0\ndata blobs\naugment noise=0.1\nshow data augmented=true")
        #expect(flat.contains("this data has no images"), "\(flat)")
    }
}
