extension CommandChecker {
    /// Evaluates an option or positional value; a bare name that is one of the type's words is that word.
    func evaluateForType(_ expr: Expr, _ type: ValueType, label: String) throws(Diagnostic) -> Value? {
        if let name = expr.bareName {
            if type.words.contains(name) { return .word(name) }
            if type == .name || type == .commandName { return .word(name) }
        }
        do {
            return try evaluate(expr)
        } catch {
            let words = type.words
            guard error.kind == .undefinedName, let name = expr.bareName else { throw error }
            guard !words.isEmpty else {
                throw Diagnostic(.undefinedName, "'\(label)' expects \(type.description), and '\(Lexer.shortened(name))' "
                                 + "is not a defined name", at: expr.range, expected: type.description,
                                 suggestion: error.suggestion)
            }
            throw Diagnostic(.unknownWord, "'\(label)' does not take '\(Lexer.shortened(name))'", at: expr.range,
                             expected: type.description,
                             suggestion: NameSuggester.suggestion(for: name, among: words))
        }
    }

    /// Converts a value to a type, or explains why it cannot be.
    func coerce(_ value: Value, to type: ValueType, label: String, at range: SourceRange) throws(Diagnostic) -> Value {
        switch type {
        case .number(let bounds):
            return .number(try checkedNumber(value, bounds, label: label, at: range))
        case .integer(let allowed):
            return .number(Double(try checkedInteger(value, allowed, label: label, at: range)))
        case .bool:
            if case .bool = value { return value }
            if case .word(let word) = value, word == "on" || word == "off" { return .bool(word == "on") }
        case .string:
            if case .string = value { return value }
            if case .word(let word) = value {
                throw wrong(label, type, value, at: range, fix: "put it in quotes: \"\(word)\"")
            }
        case .word(let words):
            if let text = value.text, words.contains(text) { return .word(text) }
            if let text = value.text {
                throw Diagnostic(.unknownWord, "'\(label)' does not take '\(Lexer.shortened(text))'", at: range,
                                 expected: type.description,
                                 suggestion: NameSuggester.suggestion(for: text, among: words))
            }
        case .name:
            if value.text != nil { return value }
        case .commandName:
            return try checkedCommandName(value, at: range)
        case .list(let element, let count):
            return try checkedList(value, element, count: count, label: label, at: range)
        case .oneOf(let types):
            return try coerceToOneOf(value, types, label: label, at: range)
        case .layerIndices:
            return try checkedLayerIndices(value, label: label, at: range)
        }
        throw wrong(label, type, value, at: range)
    }

    /// The first type that takes the value; else the error of the first type of the value's kind
    /// (`batch=0` is out of range for the integer, not "not a word").
    func coerceToOneOf(_ value: Value, _ types: [ValueType], label: String, at range: SourceRange)
        throws(Diagnostic) -> Value {
        var firstError: Diagnostic?
        for candidate in types {
            do {
                return try coerce(value, to: candidate, label: label, at: range)
            } catch {
                if firstError == nil, candidate.accepts(kindOf: value) { firstError = error }
            }
        }
        throw firstError ?? wrong(label, .oneOf(types), value, at: range)
    }

    func wrong(_ label: String, _ type: ValueType, _ value: Value, at range: SourceRange, fix: String? = nil)
        -> Diagnostic {
        Diagnostic(.wrongType, "'\(label)' expects \(type.description), not \(value.kindDescription)", at: range,
                   expected: type.description, fix: fix)
    }

    func notFinite(_ label: String, _ number: Double, at range: SourceRange) -> Diagnostic {
        Diagnostic(.notFinite, "'\(label)' is \(formatNumber(number))", at: range, expected: "a finite number")
    }

    func checkedNumber(_ value: Value, _ bounds: NumberBounds, label: String, at range: SourceRange)
        throws(Diagnostic) -> Double {
        guard case .number(let number) = value else { throw wrong(label, .number(bounds), value, at: range) }
        guard number.isFinite else { throw notFinite(label, number, at: range) }
        guard bounds.contains(number) else {
            throw Diagnostic(.outOfRange, "'\(label)' must be \(bounds.description), got \(formatNumber(number))",
                             at: range, expected: "a number \(bounds.description)")
        }
        try checkFloat32Range(number, allowsZero: bounds.contains(0), label: label, at: range)
        return number
    }

    /// Refuses a nonzero number that Float32, the precision nnlab computes in, would turn
    /// into infinity, zero or a subnormal (`lr=1e39`, `eps=1e-320`, `init constant 1e308`).
    func checkFloat32Range(_ number: Double, allowsZero: Bool, label: String, at range: SourceRange) throws(Diagnostic) {
        let single = Float(number)
        guard number != 0, single.isInfinite || single.isZero || single.isSubnormal else { return }
        let what = single.isInfinite ? "becomes infinite" : (single.isZero ? "becomes 0" : "loses its precision (a subnormal)")
        // Rounded inwards (Float32 spans about 1.18e-38 to 3.40e38), so the advice never leaves the range.
        throw Diagnostic(.outOfRange, "'\(label)' is \(formatNumber(number)), which \(what) in Float32, the precision nnlab computes in",
                         at: range, expected: "\(allowsZero ? "0 or " : "")a magnitude from 1.2e-38 to 3.4e38",
                         fix: number.magnitude > 1 ? "use a value of at most 3.4e38"
                             : "use \(allowsZero ? "0, or " : "")a value of at least 1.2e-38")
    }

    func checkedInteger(_ value: Value, _ allowed: ClosedRange<Int>, label: String, at range: SourceRange)
        throws(Diagnostic) -> Int {
        guard case .number(let number) = value else { throw wrong(label, .integer(allowed), value, at: range) }
        guard number.isFinite else { throw notFinite(label, number, at: range) }
        guard number == number.rounded() else {
            throw Diagnostic(.wrongType, "'\(label)' must be a whole number, got \(formatNumber(number))", at: range,
                             expected: ValueType.integer(allowed).description)
        }
        guard let integer = Int(exactly: number), allowed.contains(integer) else {
            throw Diagnostic(.outOfRange, "'\(label)' must be from \(allowed.lowerBound) to \(allowed.upperBound), "
                             + "got \(formatNumber(number))", at: range, expected: ValueType.integer(allowed).description)
        }
        return integer
    }
}
