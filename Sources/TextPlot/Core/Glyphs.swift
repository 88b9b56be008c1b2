/// The characters a plot draws with, for one character set.
struct Glyphs {
    /// Frame corners: top-left, top-right, bottom-left, bottom-right.
    let corners: (Character, Character, Character, Character)
    /// Horizontal frame line.
    let horizontal: Character
    /// Vertical frame line.
    let vertical: Character
    /// Tick on the left frame side.
    let leftTick: Character
    /// Tick on the bottom frame side.
    let bottomTick: Character
    /// Vertical and horizontal marker lines.
    let markerVertical: Character, markerHorizontal: Character
    /// Series markers, cycled by series index.
    let markers: [Character]
    /// Light glyphs for decision regions, by class.
    let regions: [Character]
    /// Strong glyphs for data points over regions, by class.
    let points: [Character]
    /// Shade ramp from empty to full (heatmaps).
    let shades: [Character]
    /// Vertical eighths from empty to full (histogram bars, 9 entries).
    let verticalEighths: [Character]
    /// Horizontal eighths from empty to full (bar plots, 9 entries).
    let horizontalEighths: [Character]
    /// Start, end and body marks of a path.
    let pathStart: Character, pathEnd: Character, pathDot: Character
    /// The glyph that stands for a canvas line in legend samples.
    let line: Character
    /// The glyph that stands for scattered canvas points (a dim raw series) in legend samples.
    let dot: Character

    /// The glyphs for a character set.
    static func of(_ charset: Charset) -> Glyphs { charset == .ascii ? ascii : unicode }

    /// Braille, blocks, box drawing and geometric shapes.
    static let unicode = Glyphs(
        corners: ("┌", "┐", "└", "┘"), horizontal: "─", vertical: "│",
        leftTick: "┤", bottomTick: "┬", markerVertical: "┊", markerHorizontal: "┈",
        markers: ["•", "×", "◆", "▲", "■", "○", "◇", "+"],
        regions: ["·", "-", "'", "~", "`", ":", "\"", ","],
        points: ["●", "▲", "■", "◆", "✚", "▼", "○", "◇"],
        shades: [" ", "░", "▒", "▓", "█"],
        verticalEighths: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        horizontalEighths: [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        pathStart: "S", pathEnd: "E", pathDot: "•", line: "⠒", dot: "⠂")

    /// Printable ASCII only.
    static let ascii = Glyphs(
        corners: ("+", "+", "+", "+"), horizontal: "-", vertical: "|",
        leftTick: "+", bottomTick: "+", markerVertical: ":", markerHorizontal: "~",
        markers: ["*", "@", "%", "&", "$", "O", "X", "S"],
        regions: [".", "-", "'", "~", "`", ":", "\"", ","],
        points: ["O", "X", "#", "@", "%", "&", "$", "S"],
        shades: [" ", ".", ":", "*", "#"],
        verticalEighths: [" ", "_", "_", ".", "o", "o", "O", "#", "#"],
        horizontalEighths: [" ", " ", "-", "-", "=", "=", "=", "#", "#"],
        pathStart: "S", pathEnd: "E", pathDot: "o", line: "-", dot: ".")

    /// The marker of series `index`.
    func marker(_ index: Int) -> Character { markers[index % markers.count] }
    /// The light region glyph of class `index`.
    func region(_ index: Int) -> Character { regions[((index % regions.count) + regions.count) % regions.count] }
    /// The strong point glyph of class `index`.
    func point(_ index: Int) -> Character { points[((index % points.count) + points.count) % points.count] }
    /// The vertical eighth for `fraction` of a cell (0...1).
    func vertical(_ fraction: Double) -> Character { verticalEighths[eighths(fraction)] }
    /// The horizontal eighth for `fraction` of a cell (0...1).
    func horizontalPart(_ fraction: Double) -> Character { horizontalEighths[eighths(fraction)] }
    /// The shade for `fraction` (0...1) of the ramp; non-empty for any fraction > 0.
    func shade(_ fraction: Double) -> Character {
        let fraction = Self.clamped(fraction)
        let n = shades.count - 1
        let i = Int((fraction * Double(n)).rounded(.up))
        return shades[min(max(i, fraction > 0 ? 1 : 0), n)]
    }

    private func eighths(_ fraction: Double) -> Int {
        Int((Self.clamped(fraction) * 8).rounded())
    }

    /// `fraction` limited to 0...1, NaN as 0.
    private static func clamped(_ fraction: Double) -> Double {
        fraction.isNaN ? 0 : min(max(fraction, 0), 1)
    }
}
