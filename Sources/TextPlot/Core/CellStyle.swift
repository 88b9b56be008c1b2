/// A colour named by its role; the colour mode turns it into an escape code.
public enum PlotColor: Sendable, Hashable {
    /// The colour of series (or class) number `index`, cycling through eight hues.
    case series(Int)
    /// Step `level` (0 = low, 7 = high) of the heatmap ramp.
    case ramp(Int)
    /// The grey of frames, ticks and marker lines.
    case frame
}

/// The style of one cell: colours and weight.
public struct CellStyle: Sendable, Hashable {
    /// The foreground colour, or the terminal default.
    public var foreground: PlotColor?
    /// The background colour, or the terminal default.
    public var background: PlotColor?
    /// Drawn bold (bright).
    public var isBold: Bool
    /// Drawn faint.
    public var isDim: Bool

    /// A style with the given colours and weight.
    public init(foreground: PlotColor? = nil, background: PlotColor? = nil,
                isBold: Bool = false, isDim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.isBold = isBold
        self.isDim = isDim
    }

    /// The terminal's default style.
    public static let plain = CellStyle()
    /// Frames and tick marks.
    public static let frame = CellStyle(foreground: .frame)
    /// Titles.
    public static let title = CellStyle(isBold: true)

    /// The SGR parameters ("1;38;5;33") for this style in `mode`; empty when plain.
    public func sgrParameters(in mode: ColorMode) -> String {
        guard mode != .none else { return "" }
        var parts: [String] = []
        if isBold { parts.append("1") }
        if isDim { parts.append("2") }
        if let foreground { parts.append(Self.code(foreground, mode: mode, background: false)) }
        if let background { parts.append(Self.code(background, mode: mode, background: true)) }
        return parts.joined(separator: ";")
    }

    private static let series16 = [34, 31, 32, 33, 35, 36, 94, 91]
    private static let series256 = [33, 203, 41, 214, 170, 44, 99, 136]
    private static let ramp16 = [35, 34, 94, 36, 32, 92, 33, 93]
    private static let ramp256 = [54, 61, 25, 31, 37, 71, 149, 226]

    private static func code(_ color: PlotColor, mode: ColorMode, background: Bool) -> String {
        let index: Int
        switch (color, mode) {
        case (.series(let i), .ansi16): index = series16[positive(i, series16.count)]
        case (.series(let i), _): index = series256[positive(i, series256.count)]
        case (.ramp(let i), .ansi16): index = ramp16[min(max(i, 0), 7)]
        case (.ramp(let i), _): index = ramp256[min(max(i, 0), 7)]
        case (.frame, .ansi16): index = 90
        case (.frame, _): index = 244
        }
        if mode == .ansi16 { return String(background ? index + 10 : index) }
        return (background ? "48;5;" : "38;5;") + String(index)
    }

    private static func positive(_ i: Int, _ n: Int) -> Int { ((i % n) + n) % n }
}
