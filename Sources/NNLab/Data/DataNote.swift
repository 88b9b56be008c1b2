/// Something reading a file did that the user should know, without it being an error:
/// a column left out, rows dropped, a separator found, labels turned into classes, a
/// test split taken from test files.
///
/// The core returns notes as values; the language shows each as one line.
public enum DataNote: Equatable, Sendable, CustomStringConvertible {
    /// The columns were separated by `delimiter`, found from the first line.
    case delimiterDetected(Character)
    /// Column `column` (from 1), named `name` by `index=`, was left out.
    case indexColumnLeftOut(column: Int, name: String)
    /// Column `column` (from 1) was left out as a row index: it has no name and holds
    /// distinct whole numbers from `first` to `last`.
    case rowIndexLeftOut(column: Int, first: Int, last: Int)
    /// `rows` rows with a missing value were left out (`missing=drop`), the first on `firstLine`.
    case rowsDropped(rows: Int, firstLine: Int, remaining: Int)
    /// The official test files' `samples` are the test split; `validation` samples were split off the training files.
    case testFilesAreTheTestSplit(samples: Int, validation: Int)
    /// Labels that were not the class indices 0..C-1 became classes; these are their names, class by class.
    case labelsBecameClasses(names: [String])

    /// One sentence saying what happened and how to change it.
    public var description: String {
        switch self {
        case .delimiterDetected(let delimiter):
            let shown = delimiter == "\t" ? "tabs" : "'\(delimiter)'"
            return "columns separated by \(shown), found in the first line (delimiter= overrides)"
        case let .indexColumnLeftOut(column, name):
            return "left out the index column '\(name)' (column \(column))"
        case let .rowIndexLeftOut(column, first, last):
            return "left out column \(column): it has no name and holds distinct whole numbers \(first) to \(last), "
                + "a row index as pandas' to_csv() writes it (index=none keeps it)"
        case let .rowsDropped(rows, firstLine, remaining):
            return "left out \(rows) row\(rows == 1 ? "" : "s") with missing values (the first on line \(firstLine)); "
                + "\(remaining) remain"
        case let .testFilesAreTheTestSplit(samples, validation):
            return "the test split is the \(samples) samples of the test files; validation is \(validation) samples "
                + "split off the training files (split train=0.8 val=0.2 test=0 changes it)"
        case .labelsBecameClasses(let names):
            let shown = names.prefix(10).enumerated().map { "\($0) '\($1)'" }.joined(separator: ", ")
            return "labels became classes: \(shown)" + (names.count > 10 ? ", ... (\(names.count) classes)" : "")
        }
    }
}
