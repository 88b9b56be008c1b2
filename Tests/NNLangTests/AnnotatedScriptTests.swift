import Foundation
import Testing
@testable import NNLang

/// jlox-style language tests: scripts whose comments say which diagnostics each line must
/// get (`# error: kind@column`), checked all at once as `nnlab run` checks a file before running.
@Suite struct AnnotatedScriptTests {
    static let scripts: [String] = [
        """
        seed 0
        data spiral classes=3 points=100
        trian epochs=5                       # error: unknownCommand@1
        model 2 -> 100 relu -> 3
        train epoch=5                        # error: unknownOption@7
        split train=0.8 val=0.3              # error: conflictingOptions@7
        let val_acc = 1                      # error: readOnlyName@5
        print target                         # error: undefinedName@7
        let target = log(classes)
        print target
        optimizer adam momentum=0.9          # error: unknownOption@16
        for lr in 3: train lr=lr             # error: typeMismatch@11
        expect val_acc ~= 0.9                # error: missingArgument@1
        """,
        """
        # a lesson exercise: holes are filled at run time, results are measured later
        optimizer sgd lr=???
        overfit samples=20 steps=300
        expect train_acc == 1 points=2 "memorize the subset"
        train epochs=5 lr=[1e-1, 1e-2] wd=[0, 1e-4]
        sweep lr=logu(1e-4, 1e-1) trials=5 epochs=1
        print best.lr, best.val_acc
        model features -> (50 tanh)*3 -> classes
        """,
        """
        train epochs=5 \\
              lr = 0.1                       # error: spacedOption@7
        print (1 + 2                         # error: unexpectedToken@13
        print "unterminated                  # error: unterminatedString@7
        seed 1e400                           # error: numberOverflow@6
        """,
    ]

    @Test(arguments: scripts)
    func diagnosticsMatchTheAnnotations(script: String) {
        let expected = AnnotatedScriptTests.annotations(in: script)
        let found = allDiagnostics(script).map { "\($0.range.start.line):\($0.kind.rawValue)@\($0.range.start.column)" }
        #expect(found == expected)
    }

    /// `line:kind@column` for every `# error: kind@column` comment, in order.
    static func annotations(in script: String) -> [String] {
        script.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard let marker = line.range(of: "# error: ") else { return nil }
            return "\(index + 1):" + line[marker.upperBound...].trimmingCharacters(in: .whitespaces)
        }
    }
}
