import NNLang
import TextPlot

/// Combines the terminal (`NO_COLOR`, `FORCE_COLOR`, `TERM`, its size) with the session's
/// `set width= height= color=` into the target plots are drawn for.
enum RenderSettings {
    /// The target for the terminal: `color=on`/`off` override the environment,
    /// `width=` overrides the terminal's width (80 when it is unknown), `height=` is the plot height.
    static func target(display: DisplaySettings, environment: TerminalEnvironment) -> RenderTarget {
        var target = RenderTarget.resolve(environment)
        switch display.color {
        case .auto: break
        case .off: target.colors = .none
        case .on where target.colors == .none:
            target.colors = environment.term?.contains("256") == true ? .ansi256 : .ansi16
        case .on: break
        }
        let terminalColumns = environment.isTTY ? environment.terminalSize?.columns : nil
        target.width = display.width ?? terminalColumns ?? 80
        target.height = display.height
        return target
    }
}
