/// How many colours the output may use.
public enum ColorMode: String, Sendable, CaseIterable {
    /// No escape sequences at all.
    case none
    /// The 16 basic ANSI colours.
    case ansi16
    /// The 256-colour xterm palette.
    case ansi256
}

/// Which characters a plot may draw with.
public enum Charset: String, Sendable, CaseIterable {
    /// Braille, block elements, box drawing and superscripts.
    case unicode
    /// Printable ASCII only (for `TERM=dumb` and plain-text logs).
    case ascii
}
