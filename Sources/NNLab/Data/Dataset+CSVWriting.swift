import Foundation

/// Writing a data set as CSV: the features, the label column, optionally a `split` column.
///
/// Floats are written with Swift's shortest round-tripping form, so reading the file
/// back gives bit-identical values. Columns keep the names the data came with (a CSV's
/// header); otherwise image data names them `px{row}_{col}`, which the reader recognizes
/// to restore the image shape, other data `x0`, `x1`... and `label`. Labels are written
/// as the class names the data came with (`setosa`, wine's `1`..`3`), else as class indices.
extension Dataset {
    /// The column names the writer uses for the features.
    public var featureColumnNames: [String] {
        if let featureNames { return featureNames }
        if let shape = imageShape {
            return (0..<shape.height).flatMap { r in (0..<shape.width).map { c in "px\(r)_\(c)" } }
        }
        return (0..<featureCount).map { "x\($0)" }
    }

    /// The whole data set as CSV text, with a `split` column when `splits` is given.
    public func csvText(splits: Splits? = nil) -> String {
        var header = featureColumnNames + [labelName ?? "label"]
        if splits != nil { header.append("split") }
        var text = header.map(Self.quotedIfNeeded).joined(separator: ",") + "\n"
        let labelTexts = (0..<classCount).map { Self.quotedIfNeeded(className($0)) }
        text.reserveCapacity(sampleCount * featureCount * 6)
        let names = splits?.names(sampleCount: sampleCount)
        for r in 0..<sampleCount {
            for c in 0..<featureCount {
                text += features[r, c].description
                text += ","
            }
            text += labelTexts[labels[r]]
            if let names { text += "," + (names[r] ?? "none") }
            text += "\n"
        }
        return text
    }

    /// `cell` as a CSV field: in quotes (with `""` for `"`) when it holds a comma, a quote,
    /// a line break or surrounding spaces.
    static func quotedIfNeeded(_ cell: String) -> String {
        let needsQuotes = cell.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || cell.first == " " || cell.last == " "
        return needsQuotes ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
    }

    /// Writes `csvText(splits:)` to `path` (through `AtomicFile`: a failure leaves the old file).
    public func writeCSV(to path: String, splits: Splits? = nil) throws(FileWriteError) {
        try AtomicFile.write(csvText(splits: splits), to: path)
    }
}
