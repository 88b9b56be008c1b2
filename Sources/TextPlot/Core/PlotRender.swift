/// The result of rendering a plot: plain lines plus one style per cell.
public struct PlotRender: Sendable, Equatable {
    /// The plain text, every line the same display width.
    public let lines: [String]
    /// One style per display column of each line.
    public let styles: [[CellStyle]]
    /// The colour mode the plot was rendered for.
    public let colors: ColorMode

    /// A render from its parts.
    public init(lines: [String], styles: [[CellStyle]], colors: ColorMode) {
        self.lines = lines
        self.styles = styles
        self.colors = colors
    }

    /// The plain text, lines joined by newlines.
    public var plainText: String { lines.joined(separator: "\n") }

    /// The lines with ANSI colour escapes (identical to `lines` when colours are off).
    public func ansiLines() -> [String] {
        guard colors != .none else { return lines }
        return lines.indices.map { ansiLine($0) }
    }

    /// The text with ANSI colour escapes, lines joined by newlines.
    public func ansiText() -> String { ansiLines().joined(separator: "\n") }

    private func ansiLine(_ index: Int) -> String {
        var out = ""
        var current = ""
        var column = 0
        let rowStyles = styles[index]
        for character in lines[index] {
            let code = column < rowStyles.count ? rowStyles[column].sgrParameters(in: colors) : ""
            if code != current {
                out += current.isEmpty ? "" : "\u{1B}[0m"
                if !code.isEmpty { out += "\u{1B}[" + code + "m" }
                current = code
            }
            out.append(character)
            column += DisplayWidth.of(character)
        }
        if !current.isEmpty { out += "\u{1B}[0m" }
        return out
    }
}
