import NNLessons

/// A line of the plain prompt that starts with `:`: `:save FILE` writes the session as a
/// notebook; the lesson keys (`:back`, `:hint`…) are explained, since they only work in a lesson.
struct SessionKey {
    /// The line, without surrounding spaces.
    let text: String

    /// The key on a line, nil when the line is a command.
    init?(_ line: String) {
        let text = line.trimmingTrailingSpaces().drop { $0 == " " || $0 == "\t" }
        guard text.hasPrefix(":") else { return nil }
        self.text = String(text)
    }

    /// Does what the key says, printing the result.
    func perform(notebook: Notebook) {
        let parts = text.split(separator: " ", maxSplits: 1)
        guard parts[0] == ":save" else {
            return StandardStream.error.writeLine("nnlab: at this prompt the only key is :save FILE; "
                                                  + "\(parts[0]) works in a lesson (nnlab lesson 01)")
        }
        guard parts.count == 2, !parts[1].allSatisfy(\.isWhitespace) else {
            return StandardStream.error.writeLine("nnlab: give a file name: :save notes.md")
        }
        let path = String(parts[1].drop { $0 == " " })
        do {
            try notebook.write(to: path)
            let count = notebook.commandCount
            StandardStream.output.writeLine("saved \(count) command\(count == 1 ? "" : "s") with their output in \(path); "
                                            + "`nnlab run \(path)` runs them again")
        } catch {
            StandardStream.error.writeLine("nnlab: \(error)")
        }
    }
}
