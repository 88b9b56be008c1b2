/// How to read a CSV file into a data set.
public struct CSVOptions: Equatable, Sendable {
    /// Whether the first row names the columns.
    public enum Header: Equatable, Sendable {
        /// A header when no cell of the first row is a number (force it when names are numbers).
        case auto
        /// The first row is a header.
        case present
        /// The first row is data.
        case absent
    }

    /// Which column holds the labels.
    public enum LabelColumn: Equatable, Sendable {
        /// The last column (not counting a recognized `split` column).
        case last
        /// The first column.
        case first
        /// The column at this index counting from 0; negative counts from the end (-1 is last).
        case index(Int)
        /// The column with this header name (exact, else ignoring case).
        case name(String)
    }

    /// How string labels become class indices.
    public enum LabelOrder: Equatable, Sendable {
        /// Classes in sorted order (numerically when every label is a number), so the
        /// mapping does not depend on the order of the rows. The default.
        case sorted
        /// Classes in the order they first appear.
        case firstSeen
    }

    /// Header detection.
    public var header: Header
    /// The label column.
    public var label: LabelColumn
    /// The order of string labels. Labels that are all whole numbers ≥ 0 are used as
    /// class indices directly whatever the order.
    public var labelOrder: LabelOrder
    /// The header name of a column assigning samples to splits (`train`, `val`, `test`,
    /// `none`), or nil to treat every column as data.
    public var splitColumn: String?
    /// The field separator.
    public var delimiter: Character

    /// Options with the defaults: auto header, last column labels, sorted label order, a `split` column, commas.
    public init(header: Header = .auto, label: LabelColumn = .last, labelOrder: LabelOrder = .sorted,
                splitColumn: String? = "split", delimiter: Character = ",") {
        self.header = header
        self.label = label
        self.labelOrder = labelOrder
        self.splitColumn = splitColumn
        self.delimiter = delimiter
    }
}

/// A data set read from a file, with the splits the file assigned, if any.
public struct LoadedData: Equatable, Sendable {
    /// The samples and labels.
    public var dataset: Dataset
    /// The splits from the file's `split` column, or nil when it has none.
    public var splits: Splits?
}
