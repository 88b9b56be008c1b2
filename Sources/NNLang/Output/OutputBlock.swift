import TextPlot

/// One piece of a command's output; handlers return these and renderers print them.
public enum OutputBlock: Sendable {
    /// Plain text, possibly several lines.
    case text(String)
    /// A table with a header and right-aligned numbers.
    case table(Table)
    /// A plot, drawn at the renderer's size and colour mode.
    case plot(any TextPlottable)
    /// The result of an `expect`.
    case check(CheckResult)
    /// Something worth attention that does not stop the command.
    case warning(String)
    /// A language or command error.
    case error(Diagnostic)
}
