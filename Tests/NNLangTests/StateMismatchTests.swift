import Foundation
import Testing
@testable import NNLang

/// Every command of the schema, run against sessions whose model and data disagree (or are missing),
/// ends in a diagnostic or a success; a crash would take the test runner down.
@Suite struct StateMismatchTests {
    static let states: [(name: String, setup: String)] = [
        ("empty session", ""),
        ("no model", "data blobs"),
        ("no data", "model 2 -> 8 relu -> 3"),
        ("features mismatch", "data digits\nmodel 64 -> 10\ndata blobs"),
        ("classes mismatch", "data moons\nmodel 2 -> 8 relu -> 2\ndata blobs"),
        ("model built before the data", "model 4 -> 3\nsave model other\ndata blobs"),
    ]

    /// A value the checker accepts for a positional of this type.
    static func placeholder(_ type: ValueType) -> String {
        switch type {
        case .number(let bounds): bounds.lower.map { formatNumber($0 + 1) } ?? "1"
        case .integer(let range): String(range.lowerBound)
        case .bool: "true"
        case .string: "\"/nonexistent/nnlab-state-check\""
        case .word(let words): words.first ?? "x"
        case .name: "other"
        case .list(let element, _): "[\(placeholder(element))]"
        case .oneOf(let types): types.first.map(placeholder) ?? "1"
        case .layerIndices: "0"
        case .commandName: "train"
        }
    }

    /// One minimal invocation per command and variant, built from the schema.
    static var invocations: [String] {
        Schema.commands.filter { $0.syntax == nil }.flatMap { spec -> [String] in
            let variants: [VariantSpec?] = spec.variants.isEmpty ? [nil] : spec.variants
            return variants.map { variant in
                var words = [spec.name]
                if let variant { words.append(variant.word) }
                if spec.takesLayers { words.append("2 -> 3") }
                let positionals = spec.positionals + (variant?.positionals ?? [])
                words += positionals.filter(\.isRequired).map { placeholder($0.type) }
                return words.joined(separator: " ")
            }
        }
    }

    @Test func everyCommandEndsInADiagnosticOrASuccess() {
        #expect(Self.invocations.count > 40)
        for state in Self.states {
            for line in Self.invocations {
                let interpreter = Interpreter()
                let setup = interpreter.run(SourceFile(name: "setup.nnlab", text: state.setup)) { _ in }
                #expect(setup.exitCode == 0, "setup of \(state.name) failed")
                var errors: [Diagnostic] = []
                let outcome = interpreter.run(SourceFile(name: "line.nnlab", text: line)) { output in
                    for case .error(let diagnostic) in output.blocks { errors.append(diagnostic) }
                }
                #expect(outcome.exitCode == 0 || (outcome.exitCode == 2 && !errors.isEmpty),
                        "\(state.name): '\(line)' ended with \(outcome.exitCode)")
            }
        }
    }

    static let needBoth = ["evaluate val", "check loss", "check gradients", "lrfind", "show activations",
                           "plot boundary", "train epochs=1", "overfit"]

    @Test(arguments: needBoth)
    func featuresMismatchNamesBothSizesAndAFittedModel(line: String) {
        let message = Self.failure(of: line, after: "data digits\nmodel 64 -> 32 relu -> 10\ndata blobs")
        #expect(message.contains("64 features") && message.contains("has 2"), "\(message)")
        #expect(message.contains("model 2 -> 32 relu -> 3"), "\(message)")
    }

    @Test(arguments: needBoth)
    func classesMismatchNamesOutputsAndClasses(line: String) {
        let message = Self.failure(of: line, after: "data moons\nmodel 2 -> 8 relu -> 2\nloss svm\ndata blobs")
        #expect(message.contains("2 outputs") && message.contains("3 classes"), "\(message)")
        #expect(message.contains("model 2 -> 8 relu -> 3"), "\(message)")
    }

    @Test func loadingAModelOfAnotherShapeIsRefused() {
        let message = Self.failure(of: "load model other", after: "model 4 -> 3\nsave model other\ndata blobs\nmodel 2 -> 3")
        #expect(message.contains("4 features") && message.contains("has 2"), "\(message)")
    }

    @Test func theSessionGoesOnAfterTheRefusal() {
        let interpreter = Interpreter()
        _ = interpreter.run(SourceFile(name: "a.nnlab", text: "data digits\nmodel 64 -> 10\ndata blobs")) { _ in }
        let refused = interpreter.run(SourceFile(name: "b.nnlab", text: "evaluate val")) { _ in }
        #expect(refused.exitCode == 2)
        let fixed = interpreter.run(SourceFile(name: "c.nnlab", text: "model 2 -> 3\nevaluate val")) { _ in }
        #expect(fixed.exitCode == 0)
    }

    /// The message and fix of the diagnostic `line` ends with after `setup`.
    static func failure(of line: String, after setup: String) -> String {
        let interpreter = Interpreter()
        _ = interpreter.run(SourceFile(name: "setup.nnlab", text: setup)) { _ in }
        var text = ""
        let outcome = interpreter.run(SourceFile(name: "line.nnlab", text: line)) { output in
            for case .error(let diagnostic) in output.blocks { text += diagnostic.message + " " + (diagnostic.fix ?? "") }
        }
        #expect(outcome.exitCode == 2, "'\(line)' was not refused")
        return text
    }
}
