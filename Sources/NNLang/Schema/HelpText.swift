/// `help` and `help COMMAND`, generated from the schema so they can never disagree with it.
public enum HelpText {
    /// Every command with its one-line summary.
    public static func overview() -> [OutputBlock] {
        let rows = Schema.commands.map { [TableCell.text($0.name), .text($0.summary)] }
        return [
            .text("Commands (type 'help COMMAND' for its options and defaults):"),
            .table(Table(columns: ["command", "what it does"], rows: rows)),
        ]
    }

    /// One command: usage, its words, its options with types and defaults; nil for an unknown name.
    public static func command(_ name: String) -> [OutputBlock]? {
        guard let spec = Schema.command(named: name) else { return nil }
        var blocks: [OutputBlock] = [.text("\(spec.name): \(spec.summary)\nusage: \(usage(spec))")]
        if !spec.variants.isEmpty {
            let rows = spec.variants.map { variant -> [TableCell] in
                let settings = (variant.positionals.map { "\($0.name.uppercased())" }
                    + variant.options.map(setting)).joined(separator: " ")
                return [.text(variant.word + (variant.word == spec.defaultVariant ? " (default)" : "")),
                        .text(variant.summary), .text(settings)]
            }
            blocks.append(.table(Table(columns: ["word", "meaning", "options and defaults"], rows: rows)))
        }
        let options = spec.options + spec.variants.flatMap(\.options).uniqued()
        if !options.isEmpty {
            blocks.append(.table(optionTable(options, in: spec)))
        }
        if spec.takesLayers {
            blocks.append(.table(Table(columns: ["layer word", "what it does"],
                                       rows: LayerWordHelp.all.map { [.text($0.form), .text($0.meaning)] })))
            blocks.append(.text("Words follow a size in the order they apply: model 64 -> 128 relu dropout(0.2) -> 10."))
        }
        if spec.acceptsLists {
            blocks.append(.text("A list given to a one-number option, like lr=[1e-1,1e-2], means one run per value."))
        }
        return blocks
    }

    /// `optimizer sgd|adam|… [key=value …]`, or a statement's own syntax.
    public static func usage(_ spec: CommandSpec) -> String {
        if let syntax = spec.syntax { return syntax }
        var parts = [spec.name]
        if !spec.variants.isEmpty {
            let words = spec.variants.map(\.word).joined(separator: "|")
            parts.append(spec.defaultVariant == nil ? words : "[\(words)]")
        }
        for positional in spec.positionals {
            parts.append(positional.isRequired ? positional.name.uppercased() : "[\(positional.name.uppercased())]")
        }
        if !spec.options.isEmpty || spec.variants.contains(where: { !$0.options.isEmpty }) {
            parts.append("[key=value ...]")
        }
        return parts.joined(separator: " ")
    }

    /// `lr=0.001`, `steps=?` (no default), `crop=0 (bare: 1)`.
    static func setting(_ option: OptionSpec) -> String {
        "\(option.name)=\(option.defaultValue?.literal ?? "?")"
    }

    static func optionTable(_ options: [OptionSpec], in spec: CommandSpec) -> Table {
        let rows = options.map { option -> [TableCell] in
            var meaning = option.summary
            if let bare = option.bareValue, option.type != .bool { meaning += " (bare word: \(bare.literal))" }
            return [.text(option.name), .text(option.type.description), .text(defaultText(option, in: spec)),
                    .text(meaning)]
        }
        return Table(columns: ["option", "type", "default", "meaning"], rows: rows)
    }

    /// The default, or "by word" when the command's words give the option different defaults.
    static func defaultText(_ option: OptionSpec, in spec: CommandSpec) -> String {
        let variantDefaults = spec.variants.flatMap(\.options).filter { $0.name == option.name }
            .map { $0.defaultValue?.literal ?? "-" }
        if Set(variantDefaults).count > 1 { return "by word" }
        return option.defaultValue?.literal ?? "-"
    }
}

extension Array where Element == OptionSpec {
    /// The options with duplicate names removed, first occurrence kept (variants share options).
    func uniqued() -> [OptionSpec] {
        var seen: Set<String> = []
        return filter { seen.insert($0.name).inserted }
    }
}
