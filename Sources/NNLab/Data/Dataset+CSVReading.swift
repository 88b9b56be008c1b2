/// Reading data sets from CSV files (see `CSVOptions` for the choices).
extension Dataset {
    /// Reads the CSV file at `path`: numeric feature columns, one label column and,
    /// when the header names one, a `split` column.
    public static func readCSV(path: String, options: CSVOptions = CSVOptions()) throws(DataError) -> LoadedData {
        let bytes = try DataFile.read(path, isText: true)
        return try CSVReader(options: options, path: path).read(bytes)
    }

    /// Reads CSV `text` as if it were a file named `name`.
    public static func parseCSV(_ text: String, name: String = "data.csv",
                                options: CSVOptions = CSVOptions()) throws(DataError) -> LoadedData {
        try CSVReader(options: options, path: name).read(Array(text.utf8))
    }
}
