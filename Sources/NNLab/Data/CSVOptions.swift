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

    /// A column holding row numbers rather than a feature.
    public enum IndexColumn: Equatable, Sendable {
        /// Leave out the first column when it has no name (or pandas' `Unnamed: 0`) and
        /// holds distinct whole numbers, as `DataFrame.to_csv()` writes its index.
        case auto
        /// Every column is data.
        case none
        /// Leave out the column with this header name (exact, else ignoring case).
        case name(String)
    }

    /// What to do with rows that have a missing value (an empty cell; in a feature column
    /// also `NA`, `N/A`, `#N/A`, `NaN`, `null`, `None` or `?`).
    public enum MissingValues: Equatable, Sendable {
        /// Stop at the first, naming its line, column and column name.
        case error
        /// Leave those rows out, with a note counting them.
        case drop
    }

    /// Header detection.
    public var header: Header
    /// The label column.
    public var label: LabelColumn
    /// The order of labels that are not the class indices. Labels that are exactly the whole
    /// numbers 0..C-1 are the class indices whatever the order.
    public var labelOrder: LabelOrder
    /// The header name of a column assigning samples to splits (`train`, `val`, `test`,
    /// `none`), or nil to treat every column as data.
    public var splitColumn: String?
    /// The field separator, or nil to find `,` `;` or tab from the first line.
    public var delimiter: Character?
    /// A row-index column to leave out.
    public var index: IndexColumn
    /// Rows with missing values.
    public var missing: MissingValues

    /// Options with the defaults: auto header, last column labels, sorted label order, a `split`
    /// column, the delimiter and a pandas index found from the file, missing values an error.
    public init(header: Header = .auto, label: LabelColumn = .last, labelOrder: LabelOrder = .sorted,
                splitColumn: String? = "split", delimiter: Character? = nil, index: IndexColumn = .auto,
                missing: MissingValues = .error) {
        self.header = header
        self.label = label
        self.labelOrder = labelOrder
        self.splitColumn = splitColumn
        self.delimiter = delimiter
        self.index = index
        self.missing = missing
    }
}

/// A data set read from a file, with the splits the file assigned, if any.
public struct LoadedData: Equatable, Sendable {
    /// The samples and labels.
    public var dataset: Dataset
    /// The splits from the file's `split` column, or nil when it has none.
    public var splits: Splits?
    /// What the reader did that the user should know (a column left out, rows dropped).
    public var notes: [DataNote]

    /// A data set with the splits its file assigned, if any, and notes on how it was read.
    public init(dataset: Dataset, splits: Splits? = nil, notes: [DataNote] = []) {
        self.dataset = dataset
        self.splits = splits
        self.notes = notes
    }
}
