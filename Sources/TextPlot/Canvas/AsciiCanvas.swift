/// A canvas of ASCII characters: 3x3 sub-pixels per cell, each cell drawn as the
/// glyph whose 3x3 shape is nearest (fewest differing sub-pixels).
struct AsciiCanvas: Canvas {
    private var raster: DotRaster

    /// An empty canvas of the given size in cells.
    init(columns: Int, rows: Int, inkCount: Int) {
        raster = DotRaster(columns: columns, rows: rows, cellWidth: 3, cellHeight: 3, inkCount: inkCount)
    }

    var columns: Int { raster.columns }
    var rows: Int { raster.rows }
    var pixelWidth: Int { raster.columns * 3 }
    var pixelHeight: Int { raster.rows * 3 }

    mutating func setPixel(x: Int, y: Int, ink: Int) {
        raster.set(x: x, y: y, ink: ink)
    }

    func cell(column: Int, row: Int) -> CanvasCell? {
        guard let ink = raster.dominantInk(column: column, row: row) else { return nil }
        let mask = raster.mask(column: column, row: row)
        return CanvasCell(glyph: Self.glyphTable[Int(mask)], ink: ink)
    }

    /// Glyphs and their shapes, rows top to bottom, "x" = set.
    private static let shapes: [(Character, String)] = [
        ("-", "... xxx ..."), ("_", "... ... xxx"), ("`", "x.. ... ..."),
        ("'", ".x. ... ..."), (".", "... ... .x."), (",", "... ... x.."),
        ("|", ".x. .x. .x."), ("/", "..x .x. x.."), ("\\", "x.. .x. ..x"),
        (":", ".x. ... .x."), ("+", ".x. xxx .x."), ("x", "x.x .x. x.x"),
        ("=", "xxx ... xxx"), ("^", ".x. x.x ..."), ("v", "x.x .x. ..."),
        ("L", "x.. x.. xxx"), ("J", "..x ..x xxx"), ("7", "xxx ..x ..x"),
        ("r", "xxx x.. x.."), ("T", "xxx .x. .x."), ("<", "..x x.. ..x"),
        (">", "x.. ..x x.."), ("\"", "x.x ... ..."), ("#", "xxx xxx xxx"),
        ("[", "xx. x.. xx."), ("]", ".xx ..x .xx"), ("o", "... xxx xxx"),
        ("~", "... .x. x.x"),
    ]

    /// The nearest glyph for every 9-bit mask; ties go to the earlier shape.
    private static let glyphTable: [Character] = {
        let patterns: [(Character, UInt16)] = shapes.map { glyph, shape in
            var bits: UInt16 = 0
            for (i, ch) in shape.filter({ $0 != " " }).enumerated() where ch == "x" {
                bits |= UInt16(1) << UInt16(i)
            }
            return (glyph, bits)
        }
        return (0..<512).map { mask -> Character in
            if mask == 0 { return " " }
            var best = patterns[0]
            var bestDistance = Int.max
            for pattern in patterns {
                let distance = (UInt16(mask) ^ pattern.1).nonzeroBitCount
                if distance < bestDistance { best = pattern; bestDistance = distance }
            }
            return best.0
        }
    }()
}
