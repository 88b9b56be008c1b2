import Foundation

/// Why a data set could not be made, loaded, split, preprocessed or augmented.
///
/// Every case renders (`description`) as one sentence saying what is wrong, where
/// (file, line and column when a file is involved) and how to fix it. Lines and
/// columns count from 1; a CSV column is the field's position in its row.
public enum DataError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An option is outside the values it accepts.
    case invalidOption(name: String, value: String, expected: String)
    /// The data would need more memory than nnlab allows (`bytes` is `Int.max` on overflow).
    case tooLarge(what: String, bytes: Int, limit: Int)
    /// The file could not be read at all.
    case unreadableFile(path: String, reason: String)
    /// A text file (CSV) holds a NUL byte near its start, at `offset` from 0: binary data.
    case binaryFile(path: String, offset: Int)
    /// The file holds nothing but whitespace.
    case emptyFile(path: String)
    /// The file has a header (or nothing) but no data rows.
    case noDataRows(path: String)
    /// A feature cell is not a finite number; `others` counts further bad cells.
    case nonNumericCell(path: String, line: Int, column: Int, columnName: String?, text: String, others: Int)
    /// A row has a different number of fields than the first row (its column is the
    /// first missing or extra field).
    case raggedRow(path: String, line: Int, fields: Int, expected: Int)
    /// A quoted field is not closed before the end of its line.
    case unterminatedQuote(path: String, line: Int, column: Int)
    /// The label column asked for does not exist.
    case missingLabelColumn(path: String, label: String, available: [String])
    /// The column `index=` names does not exist.
    case missingIndexColumn(path: String, name: String, available: [String])
    /// A cell is missing (empty, or `NA`, `NaN`, `?`... in a feature column); `rows` counts the
    /// rows with missing values.
    case missingValue(path: String, line: Int, column: Int, columnName: String?, text: String, rows: Int)
    /// A `split` column holds something other than train, val or test.
    case badSplitName(path: String, line: Int, column: Int, text: String)
    /// An IDX (MNIST) file is malformed.
    case badIDX(path: String, reason: String)
    /// The images and labels files disagree on how many samples there are.
    case countMismatch(images: Int, labels: Int)
    /// Split fractions are negative, leave no training data, or sum to more than 1.
    case invalidFractions(train: Double, validation: Double, test: Double)
    /// An augmentation that needs images was asked for on data that has no image shape.
    case notImageData(augmentation: String)
    /// Data with `got` features was given where `expected` features are needed.
    case featureMismatch(expected: Int, got: Int)

    /// The file named, or nil when the error is not about a file.
    public var path: String? {
        switch self {
        case .unreadableFile(let p, _), .binaryFile(let p, _), .emptyFile(let p), .noDataRows(let p), .badIDX(let p, _),
             .nonNumericCell(let p, _, _, _, _, _), .raggedRow(let p, _, _, _),
             .unterminatedQuote(let p, _, _), .missingLabelColumn(let p, _, _), .badSplitName(let p, _, _, _),
             .missingIndexColumn(let p, _, _), .missingValue(let p, _, _, _, _, _):
            return p
        default:
            return nil
        }
    }

    /// The line (from 1) the error points at, when there is one.
    public var line: Int? {
        switch self {
        case .nonNumericCell(_, let l, _, _, _, _), .raggedRow(_, let l, _, _),
             .unterminatedQuote(_, let l, _), .badSplitName(_, let l, _, _), .missingValue(_, let l, _, _, _, _):
            return l
        default:
            return nil
        }
    }

    /// The column (from 1) the error points at, when there is one.
    public var column: Int? {
        switch self {
        case .nonNumericCell(_, _, let c, _, _, _), .unterminatedQuote(_, _, let c), .badSplitName(_, _, let c, _),
             .missingValue(_, _, let c, _, _, _):
            return c
        case .raggedRow(_, _, let fields, let expected):
            return min(fields, expected) + 1
        default:
            return nil
        }
    }

    /// What is wrong, where, and how to fix it.
    public var description: String {
        let place = path.map { p in [p, line.map { "line \($0)" }, column.map { "column \($0)" }]
            .compactMap { $0 }.joined(separator: ", ") + ": " } ?? ""
        return place + message
    }

    private var message: String {
        switch self {
        case let .invalidOption(name, value, expected):
            return "\(name)=\(value) is not allowed; use \(expected)"
        case let .tooLarge(what, bytes, limit):
            let (size, bound) = bytes == Int.max ? ("more than the address space", ByteCount.mebibytes(limit))
                : ByteCount.mebibytes(bytes, over: limit)
            guard what != "the file" else { return "the file is \(size), over the limit of \(bound); use a smaller file" }
            return "\(what) would need \(size), over the limit of \(bound); use fewer samples or features"
        case let .unreadableFile(_, reason):
            return "cannot read the file: \(reason)"
        case let .binaryFile(_, offset):
            return "the file holds binary data (a NUL byte at byte \(offset + 1)), not CSV text; "
                + "give a text file with one sample per line (text saved as UTF-16 must be saved as UTF-8)"
        case .emptyFile:
            return "the file is empty; give a CSV with one sample per line"
        case .noDataRows:
            return "the file has no data rows; add samples below the header, or use header=false"
        case let .nonNumericCell(_, _, _, name, text, others):
            let named = name.map { " (\($0))" } ?? ""
            let more = others > 0 ? " (and \(others) more non-numeric cells)" : ""
            let shown = "'\(text)'"
            let hint = line == 1 ? "; if line 1 names the columns, use header=true" : "; fix the cell, or choose it as the label with label="
            return "\(shown)\(named) is not a number\(more)\(hint)"
        case let .raggedRow(_, _, fields, expected):
            return "this row has \(fields) fields but the first row has \(expected); every row needs the same number of separators (, ; or tab, the one the first row uses)"
        case .unterminatedQuote:
            return "a quoted field is not closed; add the closing '\"' (quoted fields cannot span lines)"
        case let .missingLabelColumn(_, label, available):
            let shown = available.prefix(8).joined(separator: ", ") + (available.count > 8 ? ", ..." : "")
            return "no label column '\(label)'; the columns are \(shown); use label=NAME, a column index, first or last"
        case let .missingIndexColumn(_, name, available):
            let shown = available.prefix(8).joined(separator: ", ") + (available.count > 8 ? ", ..." : "")
            return "no index column '\(name)'; the columns are \(shown); use index=NAME, or index=none"
        case let .missingValue(_, _, _, name, text, rows):
            let shown = text.isEmpty ? "an empty cell" : "'\(text)'"
            let named = name.map { " in column '\($0)'" } ?? ""
            let count = rows > 1 ? " (\(rows) rows have missing values)" : ""
            return "a missing value (\(shown))\(named)\(count); fill it in, or leave such rows out with missing=drop"
        case let .badSplitName(_, _, _, text):
            return "split '\(text)' is not train, val or test; fix the cell or remove the split column"
        case let .badIDX(_, reason):
            return "not a valid IDX file: \(reason)"
        case let .countMismatch(images, labels):
            return "the images file has \(images) samples but the labels file has \(labels); pass files from the same set"
        case let .invalidFractions(train, validation, test):
            return "split train=\(train) val=\(validation) test=\(test) is not allowed; fractions must be ≥ 0, train > 0 and the sum ≤ 1"
        case let .notImageData(augmentation):
            return "augment \(augmentation) needs image data (like digits); this data set has no image shape; use noise or mixup instead"
        case let .featureMismatch(expected, got):
            return "expected \(expected) features but got \(got); refit the preprocessing on this data"
        }
    }
}

extension DataError: LocalizedError {
    /// The same text as `description`, for code that reads `localizedDescription`.
    public var errorDescription: String? { description }
}
