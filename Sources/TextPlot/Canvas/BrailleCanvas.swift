/// A canvas of braille characters: 2x4 dots per cell (U+2800 + dot mask).
struct BrailleCanvas: Canvas {
    private var raster: DotRaster

    /// An empty canvas of the given size in cells.
    init(columns: Int, rows: Int, inkCount: Int) {
        raster = DotRaster(columns: columns, rows: rows, cellWidth: 2, cellHeight: 4, inkCount: inkCount)
    }

    var columns: Int { raster.columns }
    var rows: Int { raster.rows }
    var pixelWidth: Int { raster.columns * 2 }
    var pixelHeight: Int { raster.rows * 4 }

    mutating func setPixel(x: Int, y: Int, ink: Int) {
        raster.set(x: x, y: y, ink: ink)
    }

    /// Braille dot bits by sub-row (top to bottom) and sub-column (left, right).
    private static let dotBits: [UInt32] = [0x01, 0x08, 0x02, 0x10, 0x04, 0x20, 0x40, 0x80]

    func cell(column: Int, row: Int) -> CanvasCell? {
        guard let ink = raster.dominantInk(column: column, row: row) else { return nil }
        let mask = raster.mask(column: column, row: row)
        var code: UInt32 = 0x2800
        for bit in 0..<8 where mask & (UInt16(1) << UInt16(bit)) != 0 {
            code |= Self.dotBits[bit]
        }
        return CanvasCell(glyph: Character(Unicode.Scalar(code)!), ink: ink)
    }
}
