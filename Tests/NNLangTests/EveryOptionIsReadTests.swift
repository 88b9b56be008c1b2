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
                      "plot boundary runs=all", "show data augmented=true"])
    func anOptionThatWouldDoNothingIsRefusedWhereItIsTyped(line: String) {
        let diagnostics = allDiagnostics(line)
        let option = String(line.split(separator: " ")[2].split(separator: "=")[0])
        #expect(diagnostics.count == 1 && diagnostics[0].message.contains(option), "\(diagnostics)")
    }
}
