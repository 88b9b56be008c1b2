/// Sub-pixel storage shared by the dot canvases (braille, ASCII): one bit mask per
/// cell and ink, so every dot is kept and each cell knows which ink has most dots.
struct DotRaster {
    /// Width in cells.
    let columns: Int
    /// Height in cells.
    let rows: Int
    /// Sub-pixels per cell across.
    let cellWidth: Int
    /// Sub-pixels per cell down.
    let cellHeight: Int
    /// Number of distinct inks.
    let inkCount: Int
    private var masks: [UInt16]

    /// An empty raster.
    init(columns: Int, rows: Int, cellWidth: Int, cellHeight: Int, inkCount: Int) {
        self.columns = max(columns, 1)
        self.rows = max(rows, 1)
        self.cellWidth = cellWidth
        self.cellHeight = cellHeight
        self.inkCount = max(inkCount, 1)
        masks = Array(repeating: 0, count: self.columns * self.rows * self.inkCount)
    }

    /// Sets sub-pixel (x, y), y from the bottom; returns false when outside.
    mutating func set(x: Int, y: Int, ink: Int) {
        let top = rows * cellHeight - 1 - y
        guard x >= 0, y >= 0, x < columns * cellWidth, top >= 0, ink >= 0, ink < inkCount else { return }
        let cell = (top / cellHeight) * columns + x / cellWidth
        let bit = (top % cellHeight) * cellWidth + x % cellWidth
        masks[cell * inkCount + ink] |= UInt16(1) << UInt16(bit)
    }

    /// The union of all inks' bits in a cell (bit = subRow * cellWidth + subColumn).
    func mask(column: Int, row: Int) -> UInt16 {
        let base = (row * columns + column) * inkCount
        var m: UInt16 = 0
        for i in 0..<inkCount { m |= masks[base + i] }
        return m
    }

    /// The ink with most dots in a cell (ties go to the later ink, drawn on top).
    func dominantInk(column: Int, row: Int) -> Int? {
        let base = (row * columns + column) * inkCount
        var best: Int?
        var bestCount = 0
        for i in 0..<inkCount {
            let count = masks[base + i].nonzeroBitCount
            if count > 0 && count >= bestCount {
                best = i
                bestCount = count
            }
        }
        return best
    }
}
