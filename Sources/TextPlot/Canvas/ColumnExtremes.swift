/// The first, last, lowest and highest pixel y seen in each pixel column.
struct ColumnExtremes {
    var has: [Bool], breakBefore: [Bool]
    var first: [Double], last: [Double], low: [Double], high: [Double]
    private var lastColumn = -1

    init(width: Int) {
        has = Array(repeating: false, count: width)
        breakBefore = has
        first = Array(repeating: 0, count: width)
        last = first; low = first; high = first
    }

    /// Adds a point; `breakBefore` when a skipped point came just before it.
    @inline(__always)
    mutating func add(column c: Int, y: Double, breakBefore gap: Bool) {
        guard c >= 0, c < has.count else { lastColumn = -1; return }
        if !has[c] {
            has[c] = true
            first[c] = y; low[c] = y; high[c] = y
            breakBefore[c] = gap || lastColumn < 0
        } else {
            low[c] = min(low[c], y); high[c] = max(high[c], y)
        }
        last[c] = y
        lastColumn = c
    }
}
