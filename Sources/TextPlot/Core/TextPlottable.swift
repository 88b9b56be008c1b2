/// A plot that renders itself to text: every plot kind in TextPlot conforms.
///
/// Rendering is a pure function of the plot's data and options and the target.
///
///     let plot = LinePlot(title: "loss", series: [Series(name: "train", y: losses)])
///     print(plot.render(width: 80, height: 20).plainText)
public protocol TextPlottable: Sendable {
    /// The plot drawn for `target`, never wider than `target.width`.
    func render(in target: RenderTarget) -> PlotRender
}

extension TextPlottable {
    /// The plot drawn at a size, in a colour mode and character set.
    public func render(width: Int, height: Int, colors: ColorMode = .none,
                       charset: Charset = .unicode) -> PlotRender {
        render(in: RenderTarget(width: width, height: height, colors: colors, charset: charset))
    }
}

/// The canvas a point-based plot draws on.
public enum CanvasKind: String, Sendable, CaseIterable {
    /// Braille dots, 2x4 per cell.
    case braille
    /// Half blocks, 1x2 coloured pixels per cell.
    case halfBlock
    /// ASCII glyphs chosen from 3x3 sub-pixels per cell.
    case ascii
}
