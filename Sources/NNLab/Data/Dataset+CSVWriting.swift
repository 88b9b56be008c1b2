import Foundation

/// Writing a data set as CSV: the features, a `label` column, optionally a `split` column.
///
/// Floats are written with Swift's shortest round-tripping form, so reading the file
/// back gives bit-identical values. Image data names its columns `px{row}_{col}`, which
/// the reader recognizes to restore the image shape. Labels are written as class
/// indices (class names, if any, are not kept).
extension Dataset {
    /// The column names the writer uses for the features.
    public var featureColumnNames: [String] {
        if let shape = imageShape {
            return (0..<shape.height).flatMap { r in (0..<shape.width).map { c in "px\(r)_\(c)" } }
        }
        return (0..<featureCount).map { "x\($0)" }
    }

    /// The whole data set as CSV text, with a `split` column when `splits` is given.
    public func csvText(splits: Splits? = nil) -> String {
        var header = featureColumnNames + ["label"]
        if splits != nil { header.append("split") }
        var text = header.joined(separator: ",") + "\n"
        text.reserveCapacity(sampleCount * featureCount * 6)
        let names = splits?.names(sampleCount: sampleCount)
        for r in 0..<sampleCount {
            for c in 0..<featureCount {
                text += features[r, c].description
                text += ","
            }
            text += String(labels[r])
            if let names { text += "," + (names[r] ?? "none") }
            text += "\n"
        }
        return text
    }

    /// Writes `csvText(splits:)` to `path`.
    public func writeCSV(to path: String, splits: Splits? = nil) throws(DataError) {
        if let reason = OutputFile.refusal(for: path) { throw .unreadableFile(path: path, reason: "cannot write: \(reason)") }
        do {
            try csvText(splits: splits).write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw .unreadableFile(path: path, reason: "cannot write: \(error.localizedDescription)")
        }
    }
}
