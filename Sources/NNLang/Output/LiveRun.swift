import NNLab
import TextPlot

/// A run watched while it trains (`set live=on`, `train live=true`): the handler hands
/// one over before training, the terminal feeds it the run's events and draws `frame`
/// every few tenths of a second. A frame is the loss plot of `plot loss` and, on 2-D
/// data, the decision regions of `plot boundary` for the weights as they are now.
/// Drawing reads the weights through a copy, so the run itself is untouched.
public final class LiveRun {
    /// How plots are drawn (`set width= height= color=`).
    public let display: DisplaySettings
    /// The curves so far, in the form `plot loss` draws.
    private var history: RunHistory
    /// The network being trained, read (through a copy) for the regions.
    private let network: Network
    /// The training split when it has two features, else nil (no regions).
    private let points: Dataset?

    /// The grid of the live regions: coarser than `plot boundary`'s, as it is redrawn often.
    static let regionGrid = (columns: 60, rows: 32)

    /// A run named `name` of `network` on `data` (regions only for two features).
    public init(name: String, network: Network, data: Dataset, display: DisplaySettings) {
        self.display = display
        self.network = network
        points = data.featureCount == 2 ? data : nil
        history = RunHistory(name: name, length: .steps(0), ratioStride: 0, expectedSteps: 0)
    }

    /// Steps recorded so far.
    public var stepCount: Int { history.stepCount }

    /// Whether the frame has the decision regions.
    public var showsRegions: Bool { points != nil }

    /// Takes in one event of the run.
    public func record(_ event: TrainingEvent) {
        switch event {
        case .step(_, _, let loss): history.stepLosses.append(loss)
        case .epoch(let record): history.epochs.append(record)
        case .started, .progress: break
        }
    }

    /// The plots of the run so far: loss, then regions on 2-D data.
    public func plots() -> [any TextPlottable] {
        var plots: [any TextPlottable] = [RunPlots.loss([history])]
        if let points {
            plots.append(BoundaryPlot.regions(of: network.copy(), over: points,
                                              columns: Self.regionGrid.columns, rows: Self.regionGrid.rows))
        }
        return plots
    }

    /// The frame as lines for `target`, at most `maxLines` of them: the plots side by
    /// side (each half the width), shortened until they fit.
    public func frame(in target: RenderTarget, maxLines: Int) -> [String] {
        let plots = plots()
        var target = target
        if plots.count > 1 { target.width = max(20, (target.width - 2) / plots.count) }
        var renders = plots.map { $0.render(in: target) }
        while target.height > 4, let tallest = renders.map(\.lines.count).max(), tallest > maxLines {
            target.height = max(4, target.height - (tallest - maxLines))
            renders = plots.map { $0.render(in: target) }
        }
        return Self.sideBySide(renders)
    }

    /// Renders next to each other, two spaces apart, each padded to its own width.
    static func sideBySide(_ renders: [PlotRender]) -> [String] {
        let rows = renders.map(\.lines.count).max() ?? 0
        let columns = renders.map { render in
            (lines: render.ansiLines(), width: render.lines.first.map { $0.reduce(0) { $0 + DisplayWidth.of($1) } } ?? 0)
        }
        return (0..<rows).map { row in
            let line = columns.map { row < $0.lines.count ? $0.lines[row] : String(repeating: " ", count: $0.width) }
            return line.joined(separator: "  ")
        }
    }
}

extension HandlerContext {
    /// Hands over the run of `network` named `name` to be watched, when live view is on
    /// for it: `live` when the command says (`train live=`), else `set live=`.
    func watch(_ name: String, network: Network, state: SessionState, live: Bool? = nil) {
        guard live ?? state.display.live, let train = state.prepared?.train else { return }
        onLiveRun(LiveRun(name: name, network: network, data: train, display: state.display))
    }
}
