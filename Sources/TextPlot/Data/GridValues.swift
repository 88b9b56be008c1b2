/// Values sampled on a regular grid over a rectangle (a loss surface, a classifier's
/// output).
public struct GridValues<Element: Sendable>: Sendable {
    /// The x range the columns span (first column at the lower bound).
    public var x: ClosedRange<Double>
    /// The y range the rows span (first row at the lower bound).
    public var y: ClosedRange<Double>
    /// Samples across.
    public var columns: Int
    /// Samples down.
    public var rows: Int
    /// The samples, row by row, `rows * columns` of them.
    public var values: [Element]

    /// A grid; `values` holds `rows * columns` samples, row 0 at `y.lowerBound`.
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int, rows: Int, values: [Element]) {
        precondition(values.count == columns * rows,
                     "GridValues: \(values.count) values for \(columns)x\(rows) samples")
        self.x = x
        self.y = y
        self.columns = columns
        self.rows = rows
        self.values = values
    }

    /// The sample at a column and row.
    public subscript(column: Int, row: Int) -> Element { values[row * columns + column] }

    /// The x value of a column.
    public func xValue(_ column: Double) -> Double {
        x.lowerBound + (x.upperBound - x.lowerBound) * column / Double(max(columns - 1, 1))
    }

    /// The y value of a row.
    public func yValue(_ row: Double) -> Double {
        y.lowerBound + (y.upperBound - y.lowerBound) * row / Double(max(rows - 1, 1))
    }

    /// The sample nearest to a point.
    public func nearest(x px: Double, y py: Double) -> Element {
        let fx = (px - x.lowerBound) / (x.upperBound - x.lowerBound) * Double(columns - 1)
        let fy = (py - y.lowerBound) / (y.upperBound - y.lowerBound) * Double(rows - 1)
        let c = min(max(Int(fx.rounded()), 0), columns - 1), r = min(max(Int(fy.rounded()), 0), rows - 1)
        return self[c, r]
    }
}
