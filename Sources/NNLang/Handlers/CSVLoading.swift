import NNLab

/// `data csv "file.csv" label=last header=auto delimiter=auto index=auto missing=error`:
/// the options as the core's `CSVOptions`.
enum CSVLoading {
    /// The reading options the command's `label= header= delimiter= index= missing=` give.
    static func options(_ command: CheckedCommand) throws(CommandFailure) -> CSVOptions {
        var options = CSVOptions()
        switch command.value("label") {
        case .word("first")?: options.label = .first
        case let value? where value.exactInteger != nil: options.label = .index(value.exactInteger!)
        case let value? where value.text != nil && value.text != "last": options.label = .name(value.text!)
        default: options.label = .last
        }
        if case .bool(let present)? = command.value("header") { options.header = present ? .present : .absent }
        options.delimiter = try delimiter(command.value("delimiter"))
        switch command.value("index") {
        case .word("none")?: options.index = .none
        case .string(let name)?: options.index = .name(name)
        default: options.index = .auto
        }
        options.missing = command.text("missing") == "drop" ? .drop : .error
        return options
    }

    /// `delimiter=auto|comma|semicolon|tab` or one character in quotes; nil to find it from the file.
    private static func delimiter(_ value: Value?) throws(CommandFailure) -> Character? {
        switch value {
        case .word("comma")?: return ","
        case .word("semicolon")?: return ";"
        case .word("tab")?: return "\t"
        case .string(let text)?:
            guard text.count == 1, let character = text.first else {
                throw CommandFailure("delimiter=\"\(text)\" is not one character", fix: "use delimiter=comma, semicolon, tab, or one character in quotes such as \"|\"",
                                     option: "delimiter")
            }
            return character
        default: return nil
        }
    }
}
