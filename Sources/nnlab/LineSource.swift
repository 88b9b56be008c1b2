/// What reading one line gave.
enum InputLine: Equatable {
    /// A line, without its line break.
    case line(String)
    /// Ctrl-C: at the prompt the typed line is dropped (and a pending continuation with it).
    case interrupted
    /// End of input (Ctrl-D or the end of a pipe).
    case end
    /// The input cannot be read as commands (binary data, an endless line); the message says why.
    case failed(String)
}

/// Where the prompt's lines come from: readline on a terminal, plain reads from a pipe.
protocol LineSource {
    /// Reads a line, showing `prompt` where there is a terminal to show it on.
    mutating func readLine(prompt: String) -> InputLine
    /// Reads a line that starts out holding `initial`, for the user to edit.
    mutating func readLine(prompt: String, editing initial: String) -> InputLine
    /// Remembers an entered command (history), when the source keeps one.
    mutating func remember(_ entry: String)
}

extension LineSource {
    /// Reads a line with `initial` already typed, for sources that can edit; plain ones ignore it.
    mutating func readLine(prompt: String, editing initial: String) -> InputLine {
        readLine(prompt: prompt)
    }
}
