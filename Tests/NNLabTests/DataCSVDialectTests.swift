import Foundation
import Testing
@testable import NNLab

/// CSVs as users have them: pandas' index column, semicolons and tabs, labels of any values.
@Suite struct DataCSVDialectTests {
    /// Iris-like rows sorted by class, as `df.to_csv("iris.csv")` writes them: an unnamed
    /// index column counting the rows, then the features and the species.
    static let pandasDefault = """
        ,sepal_length,petal_length,species
        0,5.1,1.4,setosa
        1,4.9,1.3,setosa
        2,6.4,4.5,versicolor
        3,6.9,4.9,versicolor
        4,6.3,6.0,virginica
        5,7.1,5.9,virginica

        """

    @Test func pandasDefaultIndexIsLeftOutWithANote() throws {
        let loaded = try Dataset.parseCSV(Self.pandasDefault, name: "iris.csv")
        #expect(loaded.dataset.featureCount == 2, "the row numbers are not a feature")
        #expect(loaded.dataset.features.row(0) == [5.1, 1.4])
        #expect(loaded.dataset.featureNames == ["sepal_length", "petal_length"])
        #expect(loaded.dataset.labels == [0, 0, 1, 1, 2, 2])
        #expect(loaded.dataset.classNames == ["setosa", "versicolor", "virginica"])
        #expect(loaded.notes == [.rowIndexLeftOut(column: 1, first: 0, last: 5),
                                 .labelsBecameClasses(names: ["setosa", "versicolor", "virginica"])])
        #expect(loaded.notes[0].description.contains("pandas' to_csv()") && loaded.notes[0].description.contains("index=none"))
    }

    @Test func aShuffledReadBackOrRIndexIsAnIndexToo() throws {
        let shuffled = "Unnamed: 0,a,b,label\n4,1,2,0\n0,3,4,1\n9,5,6,0\n"
        let loaded = try Dataset.parseCSV(shuffled)
        #expect(loaded.dataset.featureCount == 2 && loaded.notes == [.rowIndexLeftOut(column: 1, first: 0, last: 9)])
        let writtenByR = "\"\",\"a\",\"b\",\"label\"\n\"1\",1,2,0\n\"2\",3,4,1\n"
        let fromR = try Dataset.parseCSV(writtenByR)
        #expect(fromR.dataset.features == Matrix([[1, 2], [3, 4]]) && fromR.notes == [.rowIndexLeftOut(column: 1, first: 1, last: 2)])
    }

    @Test func anUnnamedColumnThatIsNoIndexStaysAFeature() throws {
        for text in [",a,label\n0.5,1,0\n1.5,2,1\n", ",a,label\n1,1,0\n1,2,1\n"] {
            let loaded = try Dataset.parseCSV(text)
            #expect(loaded.dataset.featureCount == 2 && loaded.notes.isEmpty, "\(text)")
        }
    }

    @Test func indexOptionKeepsOrNamesTheColumn() throws {
        let kept = try Dataset.parseCSV(Self.pandasDefault, options: CSVOptions(index: .none))
        #expect(kept.dataset.featureCount == 3 && kept.dataset.features.row(5) == [5, 7.1, 5.9])
        let text = "id,x,label\n1000025,5,2\n1002945,5,4\n1015425,3,2\n"
        let named = try Dataset.parseCSV(text, options: CSVOptions(index: .name("ID")))
        #expect(named.dataset.features == Matrix([[5], [5], [3]]) && named.dataset.featureNames == ["x"])
        #expect(named.notes.first == .indexColumnLeftOut(column: 1, name: "id"))
        let error = try #require(throws: DataError.self) {
            try Dataset.parseCSV(text, name: "f.csv", options: CSVOptions(index: .name("sample")))
        }
        #expect(error == .missingIndexColumn(path: "f.csv", name: "sample", available: ["id", "x", "label"]))
        #expect(error.description.contains("use index=NAME, or index=none"))
    }

    @Test func semicolonsWithDecimalCommasAreFound() throws {
        let text = "länge;breite;klasse\n5,1;3,5;0\n4,9;3;1\n"
        let loaded = try Dataset.parseCSV(text)
        #expect(loaded.dataset.features == Matrix([[5.1, 3.5], [4.9, 3]]) && loaded.dataset.labels == [0, 1])
        #expect(loaded.notes == [.delimiterDetected(";")])
        #expect(loaded.notes[0].description == "columns separated by ';', found in the first line (delimiter= overrides)")
    }

    @Test func tabsAreFoundEvenWithEmptyAndQuotedCells() throws {
        let text = "a\tb\tname\tlabel\n1\t2\t\"x, y\"\tcat\n3\t4\t\"z\"\tdog\n"
        let loaded = try Dataset.parseCSV(text, options: CSVOptions(index: .name("name")))
        #expect(loaded.dataset.features == Matrix([[1, 2], [3, 4]]) && loaded.dataset.classNames == ["cat", "dog"])
        #expect(loaded.notes.first == .delimiterDetected("\t"))
        #expect(loaded.notes[0].description.hasPrefix("columns separated by tabs"))
    }

    @Test func delimiterOptionOverridesTheGuess() throws {
        let text = "a,b|c|label\n1|2|0\n3|4|1\n"
        let piped = try Dataset.parseCSV(text, options: CSVOptions(delimiter: "|"))
        #expect(piped.dataset.featureCount == 2 && piped.notes.isEmpty)
        #expect(piped.dataset.featureNames == ["a,b", "c"])
        let commas = try #require(throws: DataError.self) { try Dataset.parseCSV("a;b;label\n1;2;0\n", options: CSVOptions(delimiter: ",")) }
        #expect(commas.description.contains("delimiter="), "\(commas)")
    }
}

/// Labels of any values become classes 0..C-1 with their names kept.
@Suite struct DataCSVLabelTests {
    @Test func wineLabelsOneToThreeAreThreeClasses() throws {
        let loaded = try Dataset.parseCSV("alcohol,class\n14.2,1\n13.2,1\n12.4,2\n13.7,3\n")
        #expect(loaded.dataset.classCount == 3 && loaded.dataset.labels == [0, 0, 1, 2])
        #expect(loaded.dataset.classNames == ["1", "2", "3"])
        #expect(loaded.notes == [.labelsBecameClasses(names: ["1", "2", "3"])])
        #expect(loaded.notes[0].description == "labels became classes: 0 '1', 1 '2', 2 '3'")
    }

    @Test func breastCancerTwoAndFourAreTwoClassesInNumericOrder() throws {
        let data = try Dataset.parseCSV("x,class\n1,4\n2,2\n3,10\n4,2.0\n").dataset
        #expect(data.classNames == ["2", "4", "10"], "numbers sort as numbers, 2 and 2.0 are one class")
        #expect(data.labels == [1, 0, 2, 0])
    }

    @Test func labelsThatAreTheClassIndicesStayAsTheyAre() throws {
        let loaded = try Dataset.parseCSV("x,label\n1,2\n2,0\n3,1.0\n")
        #expect(loaded.dataset.labels == [2, 0, 1] && loaded.dataset.classNames == nil && loaded.notes.isEmpty)
    }

    @Test func saveDataWritesTheOriginalNamesAndLabels() throws {
        let loaded = try Dataset.parseCSV(DataCSVDialectTests.pandasDefault)
        let text = loaded.dataset.csvText(splits: Splits(train: [0, 2, 4], validation: [1, 3], test: [5]))
        let lines = text.split(separator: "\n")
        #expect(lines[0] == "sepal_length,petal_length,species,split")
        #expect(lines[1] == "5.1,1.4,setosa,train" && lines[6] == "7.1,5.9,virginica,test")
        let back = try Dataset.parseCSV(text)
        #expect(back.dataset == loaded.dataset)
    }

    @Test func namesThatNeedQuotesAreQuoted() throws {
        let data = try Dataset.parseCSV("\"width, cm\",label\n1,\"a \"\"big\"\" one\"\n2,small\n").dataset
        let text = data.csvText()
        #expect(text == "\"width, cm\",label\n1.0,\"a \"\"big\"\" one\"\n2.0,small\n")
        #expect(try Dataset.parseCSV(text).dataset == data)
    }
}

/// Missing values: an error naming line, column and column name, or rows dropped with `missing=drop`.
@Suite struct DataCSVMissingTests {
    static let text = "a,b,label\n1,2,x\n3,NA,y\n5,,x\n7,8,\n9,10,y\n"

    @Test func aMissingValueIsAnErrorWithItsPlace() throws {
        let error = try #require(throws: DataError.self) { try Dataset.parseCSV(Self.text, name: "f.csv") }
        #expect(error == .missingValue(path: "f.csv", line: 3, column: 2, columnName: "b", text: "NA", rows: 3))
        #expect(error.description == "f.csv, line 3, column 2: a missing value ('NA') in column 'b' (3 rows have missing values); "
                + "fill it in, or leave such rows out with missing=drop")
    }

    @Test(arguments: ["", "NA", "n/a", "#N/A", "NaN", "null", "None", "?"])
    func markersOfMissingValues(marker: String) throws {
        let error = try #require(throws: DataError.self) { try Dataset.parseCSV("a,label\n1,0\n\(marker),1\n") }
        guard case .missingValue(_, 3, 1, "a", _, 1) = error else { Issue.record("\(error)"); return }
    }

    @Test func missingDropLeavesTheRowsOutWithACount() throws {
        let loaded = try Dataset.parseCSV(Self.text, options: CSVOptions(missing: .drop))
        #expect(loaded.dataset.features == Matrix([[1, 2], [9, 10]]) && loaded.dataset.labels == [0, 1])
        #expect(loaded.notes.first == .rowsDropped(rows: 3, firstLine: 3, remaining: 2))
        #expect(loaded.notes[0].description == "left out 3 rows with missing values (the first on line 3); 2 remain")
    }

    @Test func dropStillRefusesTextAndNeedsARowLeft() throws {
        #expect(throws: DataError.nonNumericCell(path: "f.csv", line: 3, column: 1, columnName: "a", text: "abc", others: 0)) {
            try Dataset.parseCSV("a,label\n,0\nabc,1\n", name: "f.csv", options: CSVOptions(missing: .drop))
        }
        let error = try #require(throws: DataError.self) {
            try Dataset.parseCSV("a,label\n,0\n?,1\n", name: "f.csv", options: CSVOptions(missing: .drop))
        }
        #expect(error.description.contains("every row of f.csv has a missing value"), "\(error)")
    }
}
