/// One cell as a canvas draws it: a glyph and the ink (series) that owns it.
struct CanvasCell: Equatable {
    /// The character to show.
    var glyph: Character
    /// The ink (series or class index) that colours the cell.
    var ink: Int
    /// A second ink for the background, for half blocks with two colours.
    var backgroundInk: Int?
}

/// A grid of sub-pixels that maps to a grid of character cells.
///
/// Pixel `y` counts from the bottom; cell `row` counts from the top.
protocol Canvas {
    /// Width in cells.
    var columns: Int { get }
    /// Height in cells.
    var rows: Int { get }
    /// Width in pixels.
    var pixelWidth: Int { get }
    /// Height in pixels.
    var pixelHeight: Int { get }
    /// Sets one pixel with an ink; pixels outside the canvas are ignored.
    mutating func setPixel(x: Int, y: Int, ink: Int)
    /// The cell drawn at a position, or nil when nothing is drawn there.
    func cell(column: Int, row: Int) -> CanvasCell?
}

extension Canvas {
    /// Draws a straight line between two points in continuous pixel coordinates (DDA),
    /// clipped to the canvas.
    mutating func drawLine(from a: (x: Double, y: Double), to b: (x: Double, y: Double), ink: Int) {
        guard let (p, q) = LineClipper.clip(a, b, width: Double(pixelWidth), height: Double(pixelHeight))
        else { return }
        let x0 = Int(p.x.rounded(.down)), y0 = Int(p.y.rounded(.down))
        let x1 = Int(q.x.rounded(.down)), y1 = Int(q.y.rounded(.down))
        let steps = max(abs(x1 - x0), abs(y1 - y0))
        if steps == 0 {
            setPixel(x: x0, y: y0, ink: ink)
            return
        }
        let dx = Double(x1 - x0) / Double(steps), dy = Double(y1 - y0) / Double(steps)
        for i in 0...steps {
            let x = Double(x0) + dx * Double(i), y = Double(y0) + dy * Double(i)
            setPixel(x: Int(x.rounded()), y: Int(y.rounded()), ink: ink)
        }
    }

    /// Sets every pixel of column `x` from `y0` to `y1` (inclusive, either order).
    mutating func drawVerticalSpan(x: Int, from y0: Int, to y1: Int, ink: Int) {
        let lo = max(min(y0, y1), 0), hi = min(max(y0, y1), pixelHeight - 1)
        guard lo <= hi else { return }
        for y in lo...hi { setPixel(x: x, y: y, ink: ink) }
    }
}
