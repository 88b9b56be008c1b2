import NNLang

/// Values, expressions, names, paths and junk.
extension FuzzLineGenerator {
    /// The largest valid value the generator gives a size option, so valid lines stay fast.
    static func smallCap(_ name: String) -> Int {
        switch name {
        case "points": 25
        case "dims": 6
        case "classes": 4
        case "epochs", "cycles": 2
        case "steps", "eval", "every": 15
        case "trials", "n", "patience": 3
        case "samples": 6
        case "batch": 32
        case "width": 120
        case "height": 20
        case "seed": 100_000
        default: 5
        }
    }

    /// A value for an option or positional of `type`: mostly valid and small, sometimes hostile.
    mutating func value(of type: ValueType, named name: String, sweeps: Bool = false) -> String {
        if !isClean, random.chance(0.02) || (hostileValues > 0 && random.chance(0.4)) {
            hostileValues -= 1
            return hostileValue(for: type)
        }
        if sweeps, type.isSweepable, random.chance(0.08) {
            return "[" + (1...random.int(1...3)).map { _ in value(of: type, named: name) }.joined(separator: ",") + "]"
        }
        switch type {
        case .number(let bounds):
            let candidates = ["0", "1e-3", "0.01", "0.1", "0.5", "0.9", "1", "2", "10", "1e-8", "0.999", "-1", "3"]
            let fitting = candidates.filter { bounds.contains(Double($0)!) }
            return fitting.isEmpty ? "1" : random.pick(fitting)
        case .integer(let range):
            let upper = max(range.lowerBound, min(range.upperBound, range.lowerBound + Self.smallCap(name)))
            return "\(random.int(range.lowerBound...upper))"
        case .bool: return random.pick(["true", "false", "on", "off"])
        case .string: return quotedPath(forWriting: writesFiles)
        case .word(let words): return random.pick(words)
        case .name: return random.chance(0.6) ? random.pick(["base", "m1", "best", "x"]) : quotedPath(forWriting: writesFiles)
        case .list(let element, let count):
            let length = count ?? random.int(0...3)
            return "[" + (0..<length).map { _ in value(of: element, named: name) }.joined(separator: ", ") + "]"
        case .oneOf(let types): return value(of: random.pick(types), named: name)
        case .layerIndices: return random.pick(["0", "1", "2", "0..1", "1..2", "[0, 2]", "[1]"])
        case .commandName: return random.pick(Schema.commandNames + ["nosuch"])
        }
    }

    /// A value of the wrong type, out of range, absurdly large, not finite or malformed.
    mutating func hostileValue(for type: ValueType) -> String {
        random.pick([
            "-1", "0", "2.5", "1e12", "1e300", "-1e300", "1e400", "1e-400", "9007199254740993", "1000000000000000000000",
            "0/0", "1/0", "-(1/0)", "log(0)", "sqrt(-1)", "nan", "inf", quotedText(), "true", "word", "[]", "[1, 2, 3]",
            "[[1]]", "1..3", "1..1e12", "logu(1e-4, 1e-1)", "choice(1, 2)", "uniform(1, 0)", "x", "best.lr", "val_acc",
            "(", "[1,", "\"unterminated", "???", "", "=", "1e", "-0", "0x10", "2^2000", "exp(1000)", "round(1e300)",
            "max()", "min(1)", "abs(\"a\")", "-\"a\"", "not 3", "[1, \"a\"]", "1e-320",
        ])
    }

    /// A quoted absolute path: in the scratch directory mostly, sometimes a place that cannot
    /// work. Written paths never leave the scratch directory (the tests may run as root, where
    /// a write could replace `/dev/null`); read paths may be devices and system files.
    mutating func quotedPath(forWriting: Bool) -> String {
        let names = ["a.csv", "b.csv", "net.safetensors", "h.csv", "p.csv", "x", "images-idx3-ubyte", "labels-idx1-ubyte"]
        if random.chance(0.8) { return "\"\(scratchDirectory)/\(random.pick(names))\"" }
        let odd = forWriting
            ? ["", scratchDirectory, "\(scratchDirectory)/missing/x.csv", "\(scratchDirectory)/"]
            : ["", "/nonexistent/x.csv", scratchDirectory, "/dev/null", "/dev/zero", "/dev/urandom", "/proc/self/status", "/"]
        return "\"\(random.pick(odd))\""
    }

    /// A string literal. Any string may end up naming a file (`let f = "…"; save data f`),
    /// so every one is an absolute path in the scratch directory; a relative one would
    /// be written wherever the tests run.
    mutating func quotedText() -> String {
        "\"\(scratchDirectory)/\(random.pick(["text", "é🙂", "t\\u{301}", "a b"]))\""
    }

    mutating func variableName() -> String {
        random.pick(["x", "y", "lr", "i", "rate", "val_acc", "classes", "best", "print", "for", "é", "_", "x1"])
    }

    /// A number literal: small and plain, or any of the hostile forms.
    mutating func number(small: Bool) -> String {
        small
            ? random.pick(["0", "1", "2", "0.5", "1e-3", "-2", "3", "0.1", "10", "1e-2"])
            : random.pick(["1e308", "1e400", "-1e300", "9007199254740993", "1e-400", "0.0000001", "123456789012", "1.", "1e", ".5"])
    }

    /// An expression up to `depth` levels deep.
    mutating func expression(depth: Int) -> String {
        guard depth > 0, random.chance(0.55) else { return atom() }
        let inner = depth - 1
        switch random.weighted([5, 2, 3, 2, 1, 1, 1, 1]) {
        case 0:
            let op = random.pick(["+", "-", "*", "/", "^", "<", "<=", ">", ">=", "==", "!=", "and", "or", "~=", "%", "**"])
            return "\(expression(depth: inner)) \(op) \(expression(depth: inner))"
        case 1: return random.pick(["-", "not ", "+", "!"]) + expression(depth: inner)
        case 2:
            let function = random.pick(["log", "exp", "sqrt", "abs", "min", "max", "round", "logu", "uniform", "choice", "foo"])
            let arguments = (0..<random.int(0...3)).map { _ in expression(depth: inner) }
            return "\(function)(\(arguments.joined(separator: ", ")))"
        case 3: return "[" + (0..<random.int(0...3)).map { _ in expression(depth: inner) }.joined(separator: ", ") + "]"
        case 4: return "(\(expression(depth: inner)))"
        case 5: return "\(expression(depth: inner))..\(expression(depth: inner))"
        case 6: return "\(expression(depth: inner)).\(random.pick(["lr", "val_acc", "nosuch", "epochs"]))"
        default: return String(repeating: random.pick(["(", "[", "-", "not "]), count: random.int(30...80)) + "1"
        }
    }

    mutating func atom() -> String {
        switch random.weighted([5, 3, 2, 1, 1]) {
        case 0: return number(small: random.chance(0.85))
        case 1: return random.pick(["x", "y", "lr", "classes", "features", "samples", "params", "val_acc", "best", "best.lr",
                                    "grad_error", "initial_loss", "diagnosis", "loss", "undefined_name", "i"])
        case 2: return random.pick(["true", "false", quotedText(), "\"\"", "on"])
        case 3: return random.pick(["???", "1e400", "\"open", "@", "'q'"])
        default: return "\(random.int(0...3))..\(random.int(0...5))"
        }
    }

    /// A line changed at the character level: a deletion, a duplication, an inserted token, a cut.
    mutating func mutate(_ line: String) -> String {
        var characters = Array(line)
        guard !characters.isEmpty else { return line }
        for _ in 0..<random.int(1...2) {
            let position = random.int(0...(characters.count - 1))
            switch random.weighted([3, 2, 3, 2]) {
            case 0: characters.remove(at: position)
            case 1: characters.insert(characters[position], at: position)
            case 2: characters.insert(contentsOf: Array(" " + junkToken() + " "), at: position)
            default: characters = Array(characters[..<position])
            }
            if characters.isEmpty { break }
        }
        return String(characters)
    }

    mutating func junkToken() -> String {
        random.pick([
            "->", "(", ")", "[", "]", ",", ";", ":", "=", "==", "~=", "..", ".", "*", "^", "\\", "#", "'", "$", "!",
            "?", "???", "\u{0}", "\u{1B}[31m", "\u{7F}", "é", "🙂", "\u{301}", "\u{200D}", "\t", "\r", "train", "model",
            "data", "for", "in", "let", "print", "expect", "1e", "1.", "0x1F", "1e400", "-", "+", "x=", "=1", "lr=",
            "\u{FFFD}", "\u{202E}", "ﬁ", "İ", "𝟙", "\u{FEFF}",
        ])
    }

    /// Tokens from everywhere, joined with or without spaces.
    mutating func junk() -> String {
        let separator = random.chance(0.7) ? " " : ""
        return (0..<random.int(1...12)).map { _ in
            random.chance(0.2) ? random.pick(Schema.commandNames) : junkToken()
        }.joined(separator: separator)
    }
}
