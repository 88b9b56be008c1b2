import NNLab

/// `seed N`: every random stream restarts from N.
enum SeedHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        guard let seed = command.positional(0)?.exactInteger, let value = UInt64(exactly: seed) else {
            throw CommandFailure("the seed must be a whole number from 0 up", fix: "e.g. seed 0")
        }
        state.seed = value &+ state.seedOffset
        state.streams = RandomStreams(seed: state.seed)
        return [.text("seed \(state.seed)")]
    }
}

/// `reset`: a fresh session (display settings are kept).
enum ResetHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        let (display, offset, mode, threads) = (state.display, state.seedOffset, state.numericMode, state.threadPolicy)
        state = SessionState(seedOffset: offset)
        state.display = display
        state.numericMode = mode
        state.threadPolicy = threads
        return [.text("a fresh session: seed \(state.seed), loss softmax, optimizer adam lr=0.001, schedule constant")]
    }
}

/// `set width=80 height=16 color=auto live=off threads=auto portable=off`.
enum SetHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        if command.isSet("width") { state.display.width = command.integer("width") }
        if command.isSet("height") { state.display.height = command.integer("height") }
        if command.isSet("color") {
            switch command.value("color") {
            case .bool(let on)?: state.display.color = on ? .on : .off
            default: state.display.color = .auto
            }
        }
        if command.isSet("live") { state.display.live = command.bool("live") }
        if command.isSet("portable") { state.numericMode = command.bool("portable") ? .portable : .fast }
        if command.isSet("threads") {
            if case .number(let count)? = command.value("threads") { state.threadPolicy = .fixed(Int(count)) } else { state.threadPolicy = .automatic }
        }
        let width = state.display.width.map(String.init) ?? "terminal"
        let portable = state.numericMode == .portable ? "on" : "off"
        let threads = state.threadPolicy == .automatic ? "auto" : "\(state.threadPolicy)"
        let live = state.display.live ? "on" : "off"
        return [.text("width \(width), height \(state.display.height), color \(state.display.color.rawValue), "
                      + "live \(live), threads \(threads), portable \(portable)")]
    }
}

/// `help` and `help COMMAND`, from the schema.
public enum HelpHandler {
    static func run(_ command: CheckedCommand, _ state: inout SessionState, _ context: HandlerContext) throws(CommandFailure) -> [OutputBlock] {
        if let name = command.word(0) {
            guard let blocks = HelpText.command(name) else { throw CommandFailure("no help for '\(name)'") }
            return blocks
        }
        return overview()
    }

    /// Every command from the schema, then those this version does not run yet.
    public static func overview() -> [OutputBlock] {
        let statements: Set = ["let", "print", "for", "expect"]
        let pending = Schema.commandNames.filter { HandlerTable.handlers[$0] == nil && !statements.contains($0) }
        guard !pending.isEmpty else { return HelpText.overview() }
        return HelpText.overview() + [.text("not built yet in this version (they parse and check): \(pending.joined(separator: ", "))")]
    }
}
