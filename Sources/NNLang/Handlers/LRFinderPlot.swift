import NNLab
import TextPlot

/// The LR finder's plot: smoothed loss against the rate on a log axis, suggestion marked.
enum LRFinderPlot {
    static func make(_ result: LearningRateFinderResult) -> LinePlot {
        let finite = result.smoothedLosses.filter(\.isFinite)
        let low = finite.min() ?? 0
        let high = min(finite.max() ?? 1, low + 3 * max((finite.first ?? low) - low, 1e-9))
        var markers: [MarkerLine] = []
        if let suggestion = result.suggestion { markers.append(.vertical(at: suggestion, label: "suggested \(formatNumber(suggestion))")) }
        return LinePlot(title: "LR finder", series: [Series(name: "smoothed loss", x: result.learningRates, y: result.smoothedLosses)],
                        xLabel: "learning rate", xScale: .log, yLimits: low...max(high, low + 1e-9), markers: markers)
    }
}
