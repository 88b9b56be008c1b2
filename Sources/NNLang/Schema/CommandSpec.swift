/// One option of a command: `lr=1e-3`, with its type, default and help.
public struct OptionSpec: Sendable {
    /// The key, e.g. `lr`.
    public let name: String
    /// The value's type.
    public let type: ValueType
    /// The value when the option is not given; nil means "not set" (the handler decides).
    public let defaultValue: Value?
    /// The value of the bare word (`augment flip`, `plot loss logy`); nil when a bare word is not allowed.
    public let bareValue: Value?
    /// One line of help.
    public let summary: String

    /// Creates an option.
    public init(_ name: String, _ type: ValueType, default defaultValue: Value?, bare: Value? = nil,
                _ summary: String) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.bareValue = bare ?? (type == .bool ? .bool(true) : nil)
        self.summary = summary
    }
}

/// A positional argument after the command (and its variant word): a value, a path, a name.
public struct PositionalSpec: Sendable {
    /// The name used in help, e.g. `path`.
    public let name: String
    /// The value's type.
    public let type: ValueType
    /// Whether it must be given.
    public let isRequired: Bool
    /// One line of help.
    public let summary: String

    /// Creates a positional argument.
    public init(_ name: String, _ type: ValueType, required isRequired: Bool = true, _ summary: String) {
        self.name = name
        self.type = type
        self.isRequired = isRequired
        self.summary = summary
    }
}

/// One word of a command with variants (`data spiral`, `optimizer adam`), with its own options.
public struct VariantSpec: Sendable {
    /// The word, e.g. `adam`.
    public let word: String
    /// One line of help.
    public let summary: String
    /// Positional arguments after the word, e.g. the path of `data csv`.
    public let positionals: [PositionalSpec]
    /// Options only this variant takes (the command's common options come on top).
    public let options: [OptionSpec]

    /// Creates a variant.
    public init(_ word: String, _ summary: String, positionals: [PositionalSpec] = [], options: [OptionSpec] = []) {
        self.word = word
        self.summary = summary
        self.positionals = positionals
        self.options = options
    }
}

/// A rule relating several options of one command, checked after each option's own type.
public enum CrossRule: Hashable, Sendable {
    /// These fractions must sum to at most 1 (`split train=0.8 val=0.3` is refused).
    case sumAtMostOne([String])
    /// At most one of the two may be given explicitly (`epochs=` or `steps=`).
    case exclusive(String, String)
    /// The first must be below the second (`lrfind from=… to=…`).
    case ascending(String, String)
    /// `nesterov=true` needs `momentum` > 0 and `dampening` = 0, as in PyTorch.
    case nesterovNeedsMomentum
}

/// Everything the language knows about one command: words, options, defaults, help.
public struct CommandSpec: Sendable {
    /// The command name.
    public let name: String
    /// One line of help.
    public let summary: String
    /// A usage line for statements with their own grammar (`let NAME = expr`); nil for commands.
    public let syntax: String?
    /// The words that may follow the name, e.g. `spiral|blobs|…`; empty for commands without.
    public let variants: [VariantSpec]
    /// The variant used when none is typed; nil means a variant is required (when there are any).
    public let defaultVariant: String?
    /// Positional arguments after the variant (for commands without variants, after the name).
    public let positionals: [PositionalSpec]
    /// Options every variant takes.
    public let options: [OptionSpec]
    /// Rules across options.
    public let rules: [CrossRule]
    /// Whether a list on a single-number option means one run per value (`train lr=[…]`).
    public let acceptsLists: Bool
    /// Whether `logu`, `uniform` and `choice` are accepted (`sweep`).
    public let acceptsDistributions: Bool
    /// Whether the command takes a layer description (`model 2 -> 100 relu -> 3`).
    public let takesLayers: Bool

    /// Creates a command spec.
    public init(
        _ name: String, _ summary: String, syntax: String? = nil, variants: [VariantSpec] = [],
        defaultVariant: String? = nil, positionals: [PositionalSpec] = [], options: [OptionSpec] = [],
        rules: [CrossRule] = [], acceptsLists: Bool = false, acceptsDistributions: Bool = false,
        takesLayers: Bool = false
    ) {
        self.name = name
        self.summary = summary
        self.syntax = syntax
        self.variants = variants
        self.defaultVariant = defaultVariant
        self.positionals = positionals
        self.options = options
        self.rules = rules
        self.acceptsLists = acceptsLists
        self.acceptsDistributions = acceptsDistributions
        self.takesLayers = takesLayers
    }

    /// The variant with this word.
    public func variant(_ word: String) -> VariantSpec? {
        variants.first { $0.word == word }
    }

    /// The options a variant accepts: its own, then the command's common ones.
    public func options(for variant: VariantSpec?) -> [OptionSpec] {
        (variant?.options ?? []) + options
    }

    /// The positional arguments a variant takes: its own, then the command's.
    public func positionals(for variant: VariantSpec?) -> [PositionalSpec] {
        (variant?.positionals ?? []) + positionals
    }
}
