/// What the caller knows about the output: the module never reads the environment.
public struct TerminalEnvironment: Sendable {
    /// Whether standard output is a terminal.
    public var isTTY: Bool
    /// Whether `NO_COLOR` is set to a non-empty value.
    public var noColor: Bool
    /// Whether `FORCE_COLOR` is set to a non-empty value.
    public var forceColor: Bool
    /// The value of `TERM`, if set.
    public var term: String?
    /// The terminal's size (columns, lines), or nil when unknown.
    public var terminalSize: (columns: Int, lines: Int)?

    /// An environment description; all parts default to "not a terminal".
    public init(isTTY: Bool = false, noColor: Bool = false, forceColor: Bool = false,
                term: String? = nil, terminalSize: (columns: Int, lines: Int)? = nil) {
        self.isTTY = isTTY
        self.noColor = noColor
        self.forceColor = forceColor
        self.term = term
        self.terminalSize = terminalSize
    }
}

/// Where a plot goes: its size, colours and characters.
public struct RenderTarget: Sendable, Equatable {
    /// The width in columns.
    public var width: Int
    /// The height in lines.
    public var height: Int
    /// The colour mode.
    public var colors: ColorMode
    /// The character set.
    public var charset: Charset

    /// A target of the given size, colours and characters.
    public init(width: Int = 80, height: Int = 24, colors: ColorMode = .none,
                charset: Charset = .unicode) {
        self.width = width
        self.height = height
        self.colors = colors
        self.charset = charset
    }

    /// The target for an environment: colour on a TTY unless `NO_COLOR`, always with
    /// `FORCE_COLOR`; `TERM=dumb` means ASCII without colour; the terminal's size only
    /// when interactive (a size of 0 means 80x24), otherwise 80x24.
    public static func resolve(_ env: TerminalEnvironment) -> RenderTarget {
        var target = RenderTarget()
        let isDumb = env.term == "dumb"
        if isDumb { target.charset = .ascii }
        let wantsColor = env.forceColor || (env.isTTY && !env.noColor && !isDumb)
        if wantsColor {
            target.colors = env.term?.contains("256") == true ? .ansi256 : .ansi16
        }
        if env.isTTY, let size = env.terminalSize, size.columns > 0, size.lines > 0 {
            target.width = size.columns
            target.height = size.lines
        }
        return target
    }
}
