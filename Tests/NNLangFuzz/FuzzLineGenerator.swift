import NNLang

/// Random lines over the language's grammar, seeded: commands, variants, positionals and
/// options drawn from `Schema` (mostly well-typed small values, sometimes wrong types,
/// values out of range and absurd sizes), models, `let`, `print`, `for`, `expect`, chains
/// with `;`, mutated lines and junk tokens.
///
/// Valid sizes are kept small (a few dozen points, a few epochs) so thousands of lines run
/// in seconds; absurd sizes are far beyond the schema's limits, so they must be refused
/// before any work is done.
public struct FuzzLineGenerator {
    /// The random source; its seed reproduces the whole sequence.
    public var random: FuzzRandom
    /// A directory the generated file commands read and write (absolute paths only).
    public let scratchDirectory: String
    /// The features and classes of the data the generator last asked for (a guess).
    var features = 2
    var classes = 3
    /// How many more values of the current command may be hostile.
    var hostileValues = 0
    /// Whether lines are well-formed, well-typed commands only (no junk, no hostile values),
    /// which reach deeper state: odd but valid sequences of data, splits, models and runs.
    public var isClean = false
    /// Whether the current command writes the files it names (`save`): those stay in the
    /// scratch directory, always; only commands that read get the odd places.
    var writesFiles = false

    /// A generator for `seed` writing files under `scratchDirectory`.
    public init(seed: UInt64, scratchDirectory: String) {
        random = FuzzRandom(seed: seed)
        self.scratchDirectory = scratchDirectory
    }

    /// Commands that make a small working session: data and a model that fits it.
    public mutating func prelude() -> [String] {
        let kind = random.weighted([6, 2, 1, 1])
        let data: String
        switch kind {
        case 0:
            classes = random.int(2...4); features = 2
            data = "data spiral classes=\(classes) points=\(random.int(8...30))"
        case 1:
            classes = random.int(2...3); features = random.int(2...5)
            data = "data blobs classes=\(classes) points=\(random.int(8...30)) dims=\(features)"
        case 2:
            classes = 10; features = 64
            data = "data digits points=\(random.int(3...8))"
        default:
            classes = random.int(2...4); features = random.int(3...12)
            data = "data gaussian dims=\(features) classes=\(classes) points=\(random.int(5...20))"
        }
        return ["seed \(random.int(0...1000))", data, validModel()]
    }

    /// The next line.
    public mutating func nextLine() -> String {
        if isClean {
            switch random.weighted([75, 15, 4, 3, 3]) {
            case 0: return schemaCommand()
            case 1: return validModel()
            case 2: return random.pick(prelude())
            case 3: return "for v in [\(number(small: true)), \(number(small: true))]: \(schemaCommand())"
            default: return "print " + random.pick(["classes", "features", "samples", "params", "val_acc", "loss", "best", "grad_error"])
            }
        }
        switch random.weighted([48, 10, 6, 6, 5, 4, 6, 5, 4, 3, 3]) {
        case 0: return schemaCommand()
        case 1: return random.chance(0.75) ? validModel() : hostileModel()
        case 2: return "let \(variableName()) = \(expression(depth: 3))"
        case 3: return "print " + (1...random.int(1...4)).map { _ in expression(depth: 3) }.joined(separator: ", ")
        case 4: return forLoop()
        case 5: return expectation()
        case 6: return (1...random.int(2...4)).map { _ in statement() }.joined(separator: random.pick(["; ", ";", " ; "]))
        case 7: return mutate(statementWithoutPaths())
        case 8: return junk()
        case 9: return random.pick(prelude())
        default: return absurd()
        }
    }

    /// One statement of any kind but `for`.
    mutating func statement() -> String {
        switch random.weighted([6, 1, 1, 1, 1]) {
        case 0: return schemaCommand()
        case 1: return validModel()
        case 2: return "let \(variableName()) = \(expression(depth: 2))"
        case 3: return "print \(expression(depth: 2))"
        default: return expectation()
        }
    }

    /// A statement naming no file: a mutated path could name any file on the machine.
    mutating func statementWithoutPaths() -> String {
        while true {
            let line = statement()
            if !line.contains("\"/") { return line }
        }
    }

    mutating func forLoop() -> String {
        let values: String
        switch random.weighted([5, 2, 1, 1]) {
        case 0: values = "[" + (1...random.int(1...3)).map { _ in number(small: true) }.joined(separator: ", ") + "]"
        case 1: values = "\(random.int(0...2))..\(random.int(0...3))"
        case 2: values = expression(depth: 2)
        default: values = random.pick(["[]", "1..100000000", "[1, [2]]", "\"abc\"", "1e400", "(1"])
        }
        let body = (1...random.int(1...3)).map { _ in statement() }.joined(separator: "; ")
        return "for \(variableName()) in \(values): \(body)"
    }

    mutating func expectation() -> String {
        var line = "expect \(expression(depth: 2))"
        if random.chance(0.5) { line += " ~= \(expression(depth: 2))" }
        if random.chance(0.4) { line += " \(random.pick(["tol", "rtol", "points", "tolerance"]))=\(number(small: random.chance(0.7)))" }
        if random.chance(0.3) { line += " \"\(random.pick(["message", "", "é🙂", "\\t"]))\"" }
        return line
    }

    /// A command from the schema: a variant word, positionals, options.
    mutating func schemaCommand() -> String {
        let runs = Interpreter.runnableCommands
        var spec = random.pick(Schema.commands.filter { $0.syntax == nil && (runs.contains($0.name) || random.chance(0.07)) })
        if spec.name == "reset", random.chance(0.8) { spec = Schema.command(named: "show")! }
        hostileValues = !isClean && random.chance(0.3) ? 1 : 0
        writesFiles = spec.name == "save"
        defer { hostileValues = 0; writesFiles = false }
        var words = [spec.name]
        var variant: VariantSpec?
        if !spec.variants.isEmpty {
            switch isClean ? 0 : random.weighted([18, 1, 1]) {
            case 0: variant = random.pick(spec.variants); words.append(variant!.word)
            case 1: words.append(random.pick(["nosuch", "Spiral", "\"spiral\"", "3", "train"]))
            default: break
            }
        }
        for positional in spec.positionals(for: variant) where positional.isRequired || random.chance(0.5) {
            if random.chance(0.93) { words.append(value(of: positional.type, named: positional.name)) }
        }
        if !isClean, random.chance(0.04) { words.append(value(of: .number(.any), named: "extra")) }
        words += options(of: spec, variant: variant)
        noteData(spec: spec.name, variant: variant?.word, words: words)
        return words.joined(separator: " ")
    }

    /// Size options are almost always given (small), so defaults never make a line slow.
    static let sizeOptions: Set<String> = ["points", "dims", "epochs", "steps", "trials", "n", "cycles", "samples"]

    mutating func options(of spec: CommandSpec, variant: VariantSpec?) -> [String] {
        var result: [String] = []
        let available = spec.options(for: variant)
        let exclusive = spec.rules.contains(.exclusive("epochs", "steps"))
        let keepsSteps = random.chance(0.4)
        for option in available {
            let isSize = Self.sizeOptions.contains(option.name)
            if exclusive, option.name == (keepsSteps ? "epochs" : "steps"), random.chance(0.97) { continue }
            guard isSize ? random.chance(0.97) : random.chance(0.12) else { continue }
            if option.bareValue != nil, random.chance(0.2) {
                result.append(option.name)
            } else {
                result.append("\(option.name)=\(value(of: option.type, named: option.name, sweeps: spec.acceptsLists))")
            }
        }
        if isClean { return result }
        if random.chance(0.05) { result.append("\(random.pick(["lr", "momentum", "nosuch", "epoch", "tol"]))=\(number(small: true))") }
        if random.chance(0.03), let option = available.first { result.append("\(option.name) = 1") }
        if random.chance(0.05), let option = available.first {
            result.append("\(option.name)=\(value(of: option.type, named: option.name))")
        }
        return random.chance(0.1) ? result.shuffled(using: &random) : result
    }

    /// Remembers the data's shape when a line asks for built-in data, so models mostly fit.
    mutating func noteData(spec: String, variant: String?, words: [String]) {
        guard spec == "data", let variant else { return }
        func option(_ name: String) -> Int? {
            words.first { $0.hasPrefix(name + "=") }.flatMap { Int($0.dropFirst(name.count + 1)) }
        }
        switch variant {
        case "spiral": (features, classes) = (2, option("classes") ?? 3)
        case "blobs": (features, classes) = (option("dims") ?? 2, option("classes") ?? 3)
        case "circles", "moons", "xor": (features, classes) = (2, 2)
        case "gaussian": (features, classes) = (option("dims") ?? 500, option("classes") ?? 10)
        case "digits": (features, classes) = (64, 10)
        default: break
        }
    }

    /// `model F -> … -> C` fitting the data: small hidden sizes, layer words, repetition, dropout.
    mutating func validModel() -> String {
        let byName = random.chance(0.7)
        var parts = [byName ? "features" : "\(features)"]
        for _ in 0..<random.int(0...3) {
            var stage = "\(random.int(1...16))"
            for _ in 0..<random.int(0...2) { stage += " " + layerWord() }
            if random.chance(0.15) { stage = "(\(stage))*\(random.int(1...3))" }
            parts.append(stage)
        }
        parts.append(byName ? "classes" : "\(classes)")
        return "model " + parts.joined(separator: " -> ")
    }

    mutating func layerWord() -> String {
        random.chance(0.15)
            ? "dropout(\(random.pick(["0", "0.1", "0.5", "0.99", "1", "-0.5", "x", "1e400", ""])))"
            : random.pick(["relu", "tanh", "sigmoid", "leaky", "elu", "gelu", "batchnorm", "relu", "softmax", "Relu"])
    }

    /// Commands whose options are each within the schema's limits but which together ask for
    /// far too much (memory, or sizes the data cannot have): refused before the work starts.
    mutating func absurd() -> String {
        random.pick([
            "data gaussian dims=100000 classes=1000 points=1000000", "data digits points=1000000",
            "data spiral classes=1000 points=1000000", "data blobs dims=100000 points=1000000 classes=1000",
            "preprocess pca dims=100000", "preprocess pca dims=\(features + 1)", "augment crop=1000 cutout=1000",
            "augment cutmix=1000 mixup=1000", "model features -> 30000 -> 30000 -> classes",
            "model features -> (100000 relu)*1000 -> classes", "show hardest n=100000 split=test",
            "check gradients samples=10000 h=1e300", "check gradients h=1e-300", "split train=1 val=0 test=0",
            "split train=0 val=0 test=0", "split train=0.001 val=0.001 test=0.001", "head classes=1000",
            "freeze 0..100000", "unfreeze 100000", "plot loss smooth=1000000", "set width=1000 height=200",
            "train steps=1 batch=100000000", "data spiral classes=2 points=1 only=[1]", "data spiral only=[7, 7, 7]",
            "optimizer sgd lr=1e300", "init normal std=1e300", "init constant 1e38", "loss svm margin=1e300",
            "train steps=2 lr=1e30 clip=1e-300", "schedule exp gamma=1e300", "ema decay=0.999999 epochs=1",
        ])
    }

    /// Models with wrong or absurd sizes and broken syntax, each refused before anything is built.
    mutating func hostileModel() -> String {
        random.pick([
            "model features -> 1e12 -> classes", "model features -> 100000 -> 100000 -> classes",
            "model features -> (\(random.int(1...8)) relu)*1000000 -> classes", "model (features + 1) -> classes",
            "model features -> 0 -> classes", "model features -> -3 -> classes", "model features -> 2.5 -> classes",
            "model features -> ((4 relu)*100)*100 -> classes", "model features -> classes relu relu",
            "model features", "model -> classes", "model features -> (4 relu)*0 -> classes",
            "model features -> 9007199254740993 -> classes", "model features -> 1e400 -> classes",
            "model features -> 4 dropout(2) -> classes", "model features -> 4 batchnorm(1) -> classes",
            "model features -> 4 -> classes -> ", "model features => 4 -> classes",
            "model features -> (4 relu)*1e30 -> classes", "model 0 -> 0",
        ])
    }
}
