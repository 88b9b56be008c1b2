/// Draws x–y data as connected lines on a canvas; long sorted series are first reduced
/// to the first, last, lowest and highest y in each pixel column.
struct SeriesRasterizer {
    /// Canvas width in pixels.
    let pixelWidth: Int
    /// Canvas height in pixels.
    let pixelHeight: Int
    private let xMap: AxisMap
    private let yMap: AxisMap

    /// A rasterizer for the axes of `layout` on a canvas of the given pixel size.
    init(layout: FrameLayout, pixelWidth: Int, pixelHeight: Int) {
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        xMap = AxisMap(layout.x, length: pixelWidth)
        yMap = AxisMap(layout.y, length: pixelHeight)
    }

    /// Draws `count` points of (x, y) with `ink`, joining consecutive drawable points.
    func drawLines(x: [Double], y: [Double], count: Int, ink: Int, on canvas: inout any Canvas) {
        if count > 2 * pixelWidth && Self.isSorted(x, count: count) {
            drawReduced(x: x, y: y, count: count, ink: ink, on: &canvas)
            return
        }
        var previous: (x: Double, y: Double)?
        for i in 0..<count {
            guard let p = pixel(x[i], y[i]) else { previous = nil; continue }
            if let q = previous {
                canvas.drawLine(from: q, to: p, ink: ink)
            } else {
                canvas.drawLine(from: p, to: p, ink: ink)
            }
            previous = p
        }
    }

    /// Sets one pixel per drawable point.
    func drawPoints(x: [Double], y: [Double], count: Int, ink: Int, on canvas: inout any Canvas) {
        for i in 0..<count {
            guard let p = pixel(x[i], y[i]) else { continue }
            canvas.drawLine(from: p, to: p, ink: ink)
        }
    }

    /// The continuous pixel position of a point, the right and top edges pulled back.
    @inline(__always)
    func pixel(_ a: Double, _ b: Double) -> (x: Double, y: Double)? {
        guard let px = xMap.pixel(a), let py = yMap.pixel(b) else { return nil }
        return (Self.pulledBack(px, pixelWidth), Self.pulledBack(py, pixelHeight))
    }

    @inline(__always)
    private static func pulledBack(_ p: Double, _ size: Int) -> Double {
        let edge = Double(size)
        return p >= edge && p <= edge * (1 + 1e-9) + 1e-9 ? edge - 1e-6 : p
    }

    private static func isSorted(_ x: [Double], count: Int) -> Bool {
        var last = -Double.infinity
        for i in 0..<count where x[i].isFinite {
            if x[i] < last { return false }
            last = x[i]
        }
        return true
    }

    /// Per-column min/max reduction, then one span per column and joins between columns.
    private func drawReduced(x: [Double], y: [Double], count: Int, ink: Int, on canvas: inout any Canvas) {
        var columns = ColumnExtremes(width: pixelWidth)
        var broken = false
        for i in 0..<count {
            guard let p = pixel(x[i], y[i]), p.x >= 0, p.x < Double(pixelWidth) else { broken = true; continue }
            columns.add(column: Int(p.x.rounded(.down)), y: min(max(p.y, -1), Double(pixelHeight)),
                        breakBefore: broken)
            broken = false
        }
        var previous: Int?
        for c in 0..<pixelWidth where columns.has[c] {
            canvas.drawVerticalSpan(x: c, from: Int(columns.low[c].rounded(.down)),
                                    to: Int(columns.high[c].rounded(.down)), ink: ink)
            if let p = previous, !columns.breakBefore[c] {
                canvas.drawLine(from: (Double(p) + 0.5, columns.last[p]),
                                to: (Double(c) + 0.5, columns.first[c]), ink: ink)
            }
            previous = c
        }
    }
}
