import Testing
@testable import NNLang

/// Numbers typed for options must survive the conversion to Float32, which the core
/// computes in: a nonzero value that would become infinite, zero or subnormal is refused
/// where it is typed, naming the option and the range.
@Suite struct Float32RangeTests {
    @Test(arguments: [
        ("init constant 1e308", "value", "becomes infinite"),
        ("optimizer adam eps=1e-320", "eps", "becomes 0"),
        ("optimizer sgd lr=1e39", "lr", "becomes infinite"),
        ("optimizer sgd lr=1e-40", "lr", "subnormal"),
        ("init constant -1e39", "value", "becomes infinite"),
        ("train epochs=1 lr=1e39", "lr", "becomes infinite"),
        ("loss softmax l2=1e-50", "l2", "becomes 0"),
        ("sweep lr=logu(1e-50,1e-1) trials=2 epochs=1", "lr", "becomes 0"),
    ])
    func outOfFloat32RangeIsRefused(line: String, option: String, what: String) throws {
        let diagnostic = try #require(allDiagnostics(line).first, "'\(line)' was accepted")
        #expect(diagnostic.kind == .outOfRange)
        #expect(diagnostic.message.hasPrefix("'\(option)' is "), "\(diagnostic.message)")
        #expect(diagnostic.message.contains(what) && diagnostic.message.contains("Float32"), "\(diagnostic.message)")
        #expect(diagnostic.expected?.contains("1.2e-38 to 3.4e38") == true)
    }

    @Test func theFixOffersZeroOnlyWhereZeroIsAllowed() throws {
        let eps = try #require(allDiagnostics("optimizer adam eps=1e-320").first)
        #expect(eps.fix == "use a value of at least 1.2e-38")
        let l2 = try #require(allDiagnostics("loss softmax l2=1e-320").first)
        #expect(l2.fix == "use 0, or a value of at least 1.2e-38")
    }

    @Test(arguments: ["optimizer sgd lr=3e38", "optimizer adam eps=1.2e-38", "loss softmax l2=0", "init constant -1e30",
                      "optimizer sgd lr=1e-30 momentum=0"])
    func valuesFloat32HoldsAreAccepted(line: String) {
        #expect(allDiagnostics(line).isEmpty, "\(allDiagnostics(line))")
    }

    @Test func aVariableOutOfRangeIsRefusedWhereItIsUsed() {
        let interpreter = Interpreter()
        var errors: [Diagnostic] = []
        let outcome = interpreter.run(SourceFile(name: "v.nnlab", text: "let big = 1e39\noptimizer sgd lr=big\n")) { output in
            for case .error(let diagnostic) in output.blocks { errors.append(diagnostic) }
        }
        #expect(outcome.exitCode == 2)
        #expect(errors.first?.message.contains("'lr' is 1e39, which becomes infinite in Float32") == true, "\(errors)")
        #expect(errors.first?.range.start.line == 2)
    }
}
