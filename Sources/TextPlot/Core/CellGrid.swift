/// A fixed-size grid of styled cells that plots draw into; writes outside are dropped.
///
/// Each cell holds one character of display width 1, or the first half of a wide
/// character (its right neighbour is then a continuation that prints nothing).
struct CellGrid {
    /// The width in columns.
    let width: Int
    /// The height in lines.
    let height: Int
    /// Appended to text cut to fit: `…`, or `~` in ASCII.
    let ellipsis: String
    private var glyphs: [Character?]
    private var styles: [CellStyle]

    /// A blank grid.
    init(width: Int, height: Int, charset: Charset = .unicode) {
        ellipsis = charset == .ascii ? "~" : "…"
        self.width = max(0, width)
        self.height = max(0, height)
        glyphs = Array(repeating: " ", count: self.width * self.height)
        styles = Array(repeating: .plain, count: self.width * self.height)
    }

    /// Sets one cell to a width-1 character.
    mutating func set(_ column: Int, _ row: Int, _ glyph: Character, _ style: CellStyle = .plain) {
        guard column >= 0, column < width, row >= 0, row < height else { return }
        glyphs[row * width + column] = glyph
        styles[row * width + column] = style
    }

    /// Whether a cell inside the grid holds a blank.
    func isBlank(_ column: Int, _ row: Int) -> Bool {
        guard column >= 0, column < width, row >= 0, row < height else { return false }
        return glyphs[row * width + column] == " "
    }

    /// Writes `text` from `column`, cutting it at the right edge; returns the end column.
    @discardableResult
    mutating func write(_ text: String, at column: Int, row: Int, style: CellStyle = .plain) -> Int {
        var c = column
        for character in text {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            guard c + w <= width else { break }
            if c >= 0, row >= 0, row < height {
                glyphs[row * width + c] = character
                styles[row * width + c] = style
                if w == 2 {
                    glyphs[row * width + c + 1] = nil
                    styles[row * width + c + 1] = style
                }
            }
            c += w
        }
        return c
    }

    /// `text` cut to at most `width` columns, ending in the ellipsis when cut.
    func fitted(_ text: String, to width: Int) -> String {
        DisplayWidth.truncate(text, to: width, ellipsis: ellipsis)
    }

    /// Writes `text` centred on columns `from..<to`; text wider than that spreads
    /// evenly beyond them as far as the grid allows, and is cut only at the grid's width.
    mutating func writeCentered(_ text: String, from: Int, to: Int, row: Int, style: CellStyle = .plain) {
        let fitted = self.fitted(text, to: width)
        let textWidth = DisplayWidth.of(fitted)
        let start = from + (to - from - textWidth) / 2
        write(fitted, at: min(max(start, 0), max(width - textWidth, 0)), row: row, style: style)
    }

    /// The finished render, with trailing blank lines removed.
    func render(colors: ColorMode) -> PlotRender {
        var lines: [String] = []
        var styleRows: [[CellStyle]] = []
        for row in 0..<height {
            var line = ""
            var rowStyles: [CellStyle] = []
            for column in 0..<width {
                if let glyph = glyphs[row * width + column] { line.append(glyph) }
                rowStyles.append(styles[row * width + column])
            }
            lines.append(line)
            styleRows.append(rowStyles)
        }
        while let last = lines.last, lines.count > 1, last.allSatisfy({ $0 == " " }),
              styleRows.last?.allSatisfy({ $0 == .plain }) == true {
            lines.removeLast()
            styleRows.removeLast()
        }
        return PlotRender(lines: lines, styles: styleRows, colors: colors)
    }
}
