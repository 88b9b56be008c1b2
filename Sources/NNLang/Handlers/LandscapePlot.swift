import NNLab
import TextPlot

/// The contour plot of a landscape with every path walked on it, and the words for its surface.
enum LandscapePlot {
    /// Samples across and down the window.
    static let columns = 81, rows = 49

    static func make(_ landscape: Landscape) -> ContourPlot {
        let surface = landscape.surface
        let (xs, ys) = surface.window
        var values: [Double] = []
        values.reserveCapacity(columns * rows)
        for row in 0..<rows {
            let y = ys.lowerBound + (ys.upperBound - ys.lowerBound) * Double(row) / Double(rows - 1)
            for column in 0..<columns {
                let x = xs.lowerBound + (xs.upperBound - xs.lowerBound) * Double(column) / Double(columns - 1)
                values.append(surface.value(at: PlanePoint(x: x, y: y)))
            }
        }
        let grid = GridValues(x: xs, y: ys, columns: columns, rows: rows, values: values)
        let paths = landscape.paths.map { path in
            ContourPath(name: path.name, points: path.descent.points.map { PlotPoint(x: $0.x, y: $0.y) })
        }
        return ContourPlot(title: "\(surface.kind.rawValue): \(formula(surface))", surface: grid,
                           levels: surface.isBoundedBelow ? .logAboveMinimum(count: 8) : .linear(count: 8),
                           paths: paths, xLabel: "x", yLabel: "y")
    }

    /// `½(x² + 20y²)`, `x² - y²`, `(1 - x)² + 100(y - x²)²`.
    static func formula(_ surface: Surface) -> String {
        switch surface.kind {
        case .ravine, .quadratic:
            surface.condition == 1 ? "½(x² + y²)" : "½(x² + \(formatNumber(surface.condition))y²)"
        case .saddle: "x² - y²"
        case .rosenbrock: "(1 - x)² + 100(y - x²)²"
        }
    }

    /// `(-4, 1)`.
    static func point(_ p: PlanePoint) -> String { "(\(formatNumber(p.x)), \(formatNumber(p.y)))" }
}
