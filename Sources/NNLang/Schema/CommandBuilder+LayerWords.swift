extension CommandBuilder {
    /// The layer words after a size, each with its optional argument.
    func operations(_ words: [LayerWord]) throws(Diagnostic) -> [LayerOperation] {
        var result: [LayerOperation] = []
        for word in words {
            result.append(try operation(word))
        }
        return result
    }

    func operation(_ word: LayerWord) throws(Diagnostic) -> LayerOperation {
        switch word.name {
        case "relu", "tanh", "sigmoid", "gelu", "batchnorm":
            if word.argument != nil {
                throw Diagnostic(.invalidModel, "'\(word.name)' takes no argument", at: word.range,
                                 fix: "write \(word.name) alone")
            }
            return simpleOperation(word.name)
        case "leaky":
            return .leakyReLU(slope: try argument(word, default: 0.01, .nonNegative))
        case "elu":
            return .elu(alpha: try argument(word, default: 1, .positive))
        case "dropout":
            return .dropout(probability: try argument(word, default: 0.5, .belowOne))
        default:
            let fix = word.name == "softmax" ? "the loss applies softmax: end the model with the class count" : nil
            throw Diagnostic(.invalidModel, "unknown layer word '\(Lexer.shortened(word.name))'", at: word.range,
                             expected: "one of " + LayerOperation.words.joined(separator: ", "),
                             suggestion: NameSuggester.suggestion(for: word.name, among: LayerOperation.words), fix: fix)
        }
    }

    func simpleOperation(_ name: String) -> LayerOperation {
        switch name {
        case "relu": .relu
        case "tanh": .tanh
        case "sigmoid": .sigmoid
        case "gelu": .gelu
        default: .batchNorm
        }
    }

    func argument(_ word: LayerWord, default value: Double, _ bounds: NumberBounds) throws(Diagnostic) -> Double {
        guard let expr = word.argument else { return value }
        guard let evaluated = try checker.evaluate(expr) else { return value }
        return try checker.checkedNumber(evaluated, bounds, label: word.name, at: expr.range)
    }
}
