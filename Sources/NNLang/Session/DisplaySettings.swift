/// How output is drawn, set by `set`; renderers read it, the core never does.
public struct DisplaySettings: Sendable, Equatable {
    /// Whether colour is used: `auto` follows the terminal and NO_COLOR/FORCE_COLOR.
    public enum ColorChoice: String, Sendable {
        /// On a terminal, unless NO_COLOR (or forced by FORCE_COLOR).
        case auto
        /// Always.
        case on
        /// Never.
        case off
    }

    /// Plot width in columns; nil means the terminal's width (80 when not a terminal).
    public var width: Int?
    /// Plot height in rows.
    public var height: Int = 16
    /// The colour choice.
    public var color: ColorChoice = .auto
    /// Whether training redraws its curves while it runs (on a terminal only).
    public var live = false

    /// The defaults: terminal width, 16 rows, automatic colour, no live view.
    public init() {}
}
