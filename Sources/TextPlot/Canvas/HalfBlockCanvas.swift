/// A canvas of half blocks: two pixels per cell, top and bottom, each with its own ink
/// (the last ink drawn on a pixel wins).
struct HalfBlockCanvas: Canvas {
    let columns: Int
    let rows: Int
    private var pixels: [Int32]

    /// An empty canvas of the given size in cells.
    init(columns: Int, rows: Int) {
        self.columns = max(columns, 1)
        self.rows = max(rows, 1)
        pixels = Array(repeating: -1, count: self.columns * self.rows * 2)
    }

    var pixelWidth: Int { columns }
    var pixelHeight: Int { rows * 2 }

    mutating func setPixel(x: Int, y: Int, ink: Int) {
        guard x >= 0, x < pixelWidth, y >= 0, y < pixelHeight else { return }
        pixels[(pixelHeight - 1 - y) * columns + x] = Int32(ink)
    }

    /// The ink of a pixel, by cell row and half (0 top, 1 bottom), or nil when empty.
    func ink(column: Int, row: Int, half: Int) -> Int? {
        let value = pixels[(row * 2 + half) * columns + column]
        return value < 0 ? nil : Int(value)
    }

    func cell(column: Int, row: Int) -> CanvasCell? {
        let top = ink(column: column, row: row, half: 0)
        let bottom = ink(column: column, row: row, half: 1)
        switch (top, bottom) {
        case (nil, nil): return nil
        case let (t?, nil): return CanvasCell(glyph: "▀", ink: t)
        case let (nil, b?): return CanvasCell(glyph: "▄", ink: b)
        case let (t?, b?) where t == b: return CanvasCell(glyph: "█", ink: t)
        case let (t?, b?): return CanvasCell(glyph: "▀", ink: t, backgroundInk: b)
        }
    }
}
