/// Makes the canvas of a kind.
enum CanvasFactory {
    /// An empty canvas of `kind` with the given size in cells and number of inks.
    static func make(_ kind: CanvasKind, columns: Int, rows: Int, inkCount: Int) -> any Canvas {
        switch kind {
        case .braille: return BrailleCanvas(columns: columns, rows: rows, inkCount: inkCount)
        case .ascii: return AsciiCanvas(columns: columns, rows: rows, inkCount: inkCount)
        case .halfBlock: return HalfBlockCanvas(columns: columns, rows: rows)
        }
    }

    /// The canvas kind to use: ASCII whenever the character set is ASCII.
    static func resolve(_ kind: CanvasKind, charset: Charset) -> CanvasKind {
        charset == .ascii ? .ascii : kind
    }
}
