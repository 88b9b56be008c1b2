extension Parser {
    /// modelSpec := stage ('->' stage)*
    mutating func parseModelSpec() throws(ParseError) -> ModelSpec {
        let start = current.range
        let stages = try parseStages()
        return ModelSpec(stages: stages, range: rangeFrom(start))
    }

    mutating func parseStages() throws(ParseError) -> [ModelStage] {
        var stages = [try parseStage()]
        while match(.arrow) {
            stages.append(try parseStage())
        }
        return stages
    }

    /// stage := '(' stage ('->' stage)* ')' '*' count | size layerWord*
    mutating func parseStage() throws(ParseError) -> ModelStage {
        if current.isSymbol(.leftParen) { return try parseRepeatedStage() }
        guard !current.endsStatement, !current.isSymbol(.arrow) else {
            throw unexpected(expected: "a layer size (like 100)", fix: "write sizes joined by '->': model 2 -> 100 relu -> 3")
        }
        let size = try parseUnitValue()
        var words: [LayerWord] = []
        while let name = current.identifier, !peek().isSymbol(.equals) {
            words.append(try parseLayerWord(name))
        }
        guard current.endsStatement || current.isSymbol(.arrow) || current.isSymbol(.rightParen) || isOptionStart
        else {
            throw unexpected(expected: "a layer word (relu, tanh, dropout(0.5), …), '->' or the end of the model")
        }
        return .layer(size: size, words: words, range: rangeFrom(size.range))
    }

    /// layerWord := NAME ('(' expression ')')?
    mutating func parseLayerWord(_ name: String) throws(ParseError) -> LayerWord {
        let start = advance().range
        guard current.isSymbol(.leftParen), !current.hasSpaceBefore else {
            return LayerWord(name: name, argument: nil, range: start)
        }
        let arguments = try parseDelimited(closing: .rightParen, context: "after the layer's argument")
        guard arguments.count == 1 else {
            throw .diagnosed(Diagnostic(
                .invalidModel, "'\(name)' takes one argument", at: rangeFrom(start),
                expected: "\(name)(value)", fix: "like dropout(0.5)"))
        }
        return LayerWord(name: name, argument: arguments[0], range: rangeFrom(start))
    }

    /// '(' stages ')' '*' count
    mutating func parseRepeatedStage() throws(ParseError) -> ModelStage {
        let start = advance().range
        try enterNesting()
        defer { depth -= 1 }
        let stages = try parseStages()
        try consume(.rightParen, "to close the repeated group")
        guard match(.star) else {
            throw unexpected(expected: "'*' and a count after ')', like (500 tanh)*10")
        }
        let count = try parseUnitValue()
        return .repeated(stages, count: count, range: rangeFrom(start))
    }
}
