/// Contour lines of a grid by marching squares: for each level, line segments where
/// the interpolated surface crosses it. Saddle cells are resolved by the cell's mean.
enum MarchingSquares {
    /// The segments of the `level` contour of `grid`, in data coordinates; cells with a
    /// non-finite corner are skipped.
    static func segments(_ grid: GridValues<Double>, level: Double) -> [(PlotPoint, PlotPoint)] {
        var result: [(PlotPoint, PlotPoint)] = []
        guard grid.columns > 1, grid.rows > 1 else { return result }
        for row in 0..<(grid.rows - 1) {
            for column in 0..<(grid.columns - 1) {
                let corners = [grid[column, row], grid[column + 1, row],
                               grid[column + 1, row + 1], grid[column, row + 1]]
                guard corners.allSatisfy(\.isFinite) else { continue }
                for (a, b) in cellSegments(corners, level: level) {
                    result.append((point(grid, column, row, a), point(grid, column, row, b)))
                }
            }
        }
        return result
    }

    /// Edge crossings in a cell as (edge index, position along edge); corners are
    /// bottom-left, bottom-right, top-right, top-left; edge i joins corner i and i+1.
    private static func cellSegments(_ c: [Double], level: Double) -> [((Int, Double), (Int, Double))] {
        var crossings: [(Int, Double)] = []
        for edge in 0..<4 {
            let a = c[edge], b = c[(edge + 1) % 4]
            if (a < level) != (b < level) {
                crossings.append((edge, (level - a) / (b - a)))
            }
        }
        if crossings.count == 2 { return [(crossings[0], crossings[1])] }
        guard crossings.count == 4 else { return [] }
        let centerAbove = (c[0] + c[1] + c[2] + c[3]) / 4 >= level
        let bottomLeftAbove = c[0] >= level
        if centerAbove == bottomLeftAbove {
            return [(crossings[0], crossings[1]), (crossings[2], crossings[3])]
        }
        return [(crossings[3], crossings[0]), (crossings[1], crossings[2])]
    }

    /// The data point of a crossing on an edge of cell (column, row).
    private static func point(_ grid: GridValues<Double>, _ column: Int, _ row: Int,
                              _ crossing: (Int, Double)) -> PlotPoint {
        let (edge, t) = crossing
        let (cx, cy): (Double, Double)
        switch edge {
        case 0: (cx, cy) = (t, 0)
        case 1: (cx, cy) = (1, t)
        case 2: (cx, cy) = (1 - t, 1)
        default: (cx, cy) = (0, 1 - t)
        }
        return PlotPoint(x: grid.xValue(Double(column) + cx), y: grid.yValue(Double(row) + cy))
    }
}
