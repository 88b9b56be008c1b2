import Foundation
import Testing
@testable import NNLab

@Suite struct DataCSVTests {
    /// A fresh directory under the system's temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func digitsRoundTripIsBitExact() throws {
        var random = RandomSource(seed: 11)
        let digits = try Dataset.digits(points: 25, random: &random)
        let splits = try Splits.stratified(labels: digits.labels, classCount: 10, random: &random)
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("digits.csv").path
        try digits.writeCSV(to: path, splits: splits)
        let loaded = try Dataset.readCSV(path: path)
        #expect(loaded.dataset.features.storage.map(\.bitPattern) == digits.features.storage.map(\.bitPattern))
        #expect(loaded.dataset.labels == digits.labels)
        #expect(loaded.dataset.classCount == 10)
        #expect(loaded.dataset.imageShape == ImageShape(height: 8, width: 8))
        #expect(loaded.dataset.name == "digits.csv")
        let back = try #require(loaded.splits)
        #expect(Set(back.train) == Set(splits.train) && Set(back.validation) == Set(splits.validation))
        #expect(Set(back.test) == Set(splits.test))
    }

    @Test func headerDetectedAndStringLabelsSorted() throws {
        let text = "sepal,petal,species\n1.5,2,versicolor\n3,4e-1,setosa\n-1,0,versicolor\n"
        let data = try Dataset.parseCSV(text).dataset
        #expect(data.features == Matrix([[1.5, 2], [3, 0.4], [-1, 0]]))
        #expect(data.classNames == ["setosa", "versicolor"] && data.labels == [1, 0, 1])
        let firstSeen = try Dataset.parseCSV(text, options: CSVOptions(labelOrder: .firstSeen)).dataset
        #expect(firstSeen.classNames == ["versicolor", "setosa"] && firstSeen.labels == [0, 1, 0])
    }

    @Test func noHeaderIntegerLabelsFirstColumnAndCRLF() throws {
        let text = "\u{FEFF}2,0.5,0.25\r\n0,1,2\r\n\r\n5,3,4\r\n"
        let data = try Dataset.parseCSV(text, options: CSVOptions(label: .first)).dataset
        #expect(data.labels == [1, 0, 2] && data.classCount == 3 && data.classNames == ["0", "2", "5"],
                "labels 0, 2, 5 are not 0..C-1, so they become classes with their names")
        #expect(data.features == Matrix([[0.5, 0.25], [1, 2], [3, 4]]))
    }

    @Test func labelByNameAndByNegativeIndexAndQuotes() throws {
        let text = "a,\"the, class\",b\n1,x,2\n3,y,4\n"
        let byName = try Dataset.parseCSV(text, options: CSVOptions(label: .name("THE, CLASS"))).dataset
        #expect(byName.features == Matrix([[1, 2], [3, 4]]) && byName.labels == [0, 1])
        let byIndex = try Dataset.parseCSV(text, options: CSVOptions(label: .index(-2))).dataset
        #expect(byIndex == byName)
    }

    @Test func nonNumericCellNamesLineAndColumn() throws {
        let text = "x,y,label\n1,2,a\n3,oops,b\n4,,a\n"
        let error = try #require(throws: DataError.self) { try Dataset.parseCSV(text, name: "f.csv") }
        #expect(error == .nonNumericCell(path: "f.csv", line: 3, column: 2, columnName: "y", text: "oops", others: 0),
                "the empty cell on line 4 is a missing value, not a non-numeric one")
        #expect(error.description.hasPrefix("f.csv, line 3, column 2: 'oops' (y) is not a number; fix the cell"))
        let more = try #require(throws: DataError.self) { try Dataset.parseCSV("x,label\nab,0\ncd,1\n", name: "f.csv") }
        #expect(more.description.contains("'ab' (x) is not a number (and 1 more non-numeric cells)"))
    }

    @Test func raggedRowEmptyFileAndHeaderOnly() throws {
        #expect(throws: DataError.raggedRow(path: "f.csv", line: 3, fields: 2, expected: 3)) {
            try Dataset.parseCSV("1,2,0\n3,4,1\n5,6\n", name: "f.csv")
        }
        #expect(throws: DataError.emptyFile(path: "f.csv")) { try Dataset.parseCSV(" \n\n", name: "f.csv") }
        #expect(throws: DataError.noDataRows(path: "f.csv")) { try Dataset.parseCSV("a,b,label\n", name: "f.csv") }
        #expect(throws: DataError.unterminatedQuote(path: "f.csv", line: 2, column: 3)) {
            try Dataset.parseCSV("a,b,label\n1,2,\"cat\n", name: "f.csv")
        }
        #expect(throws: DataError.missingValue(path: "f.csv", line: 2, column: 3, columnName: "label", text: "", rows: 1)) {
            try Dataset.parseCSV("a,b,label\n1,2,\n", name: "f.csv")
        }
    }

    @Test func missingLabelColumnListsTheColumns() throws {
        let error = try #require(throws: DataError.self) {
            try Dataset.parseCSV("a,b,label\n1,2,0\n", name: "f.csv", options: CSVOptions(label: .name("class")))
        }
        #expect(error == .missingLabelColumn(path: "f.csv", label: "class", available: ["a", "b", "label"]))
        #expect(error.description.contains("a, b, label"))
        #expect(throws: DataError.self) { try Dataset.parseCSV("1,2,0\n", options: CSVOptions(label: .index(3))) }
        #expect(throws: DataError.self) { try Dataset.parseCSV("1,2,0\n", options: CSVOptions(label: .name("label"))) }
    }

    @Test func forcedHeaderAndNonFiniteCells() throws {
        let forced = try Dataset.parseCSV("1,2,3\n4,5,0\n", options: CSVOptions(header: .present)).dataset
        #expect(forced.sampleCount == 1 && forced.labels == [0])
        #expect(throws: DataError.self) { try Dataset.parseCSV("x,label\nnan,0\n") }
        #expect(throws: DataError.self) { try Dataset.parseCSV("x,label\n1e99,0\n") }
    }

    @Test func badSplitNameAndUnreadableFile() throws {
        #expect(throws: DataError.badSplitName(path: "f.csv", line: 3, column: 3, text: "dev")) {
            try Dataset.parseCSV("x,label,split\n1,0,train\n2,1,dev\n", name: "f.csv")
        }
        let error = try #require(throws: DataError.self) { try Dataset.readCSV(path: "/nonexistent/nowhere.csv") }
        guard case .unreadableFile = error else { Issue.record("wrong error \(error)"); return }
    }

    /// Found by the fuzz test: `data idx "/dev/full" …` read zeros forever. Devices and
    /// pipes are refused before any read; a pipe without a writer does not block the open.
    @Test(arguments: ["/dev/zero", "/dev/full", "/dev/urandom"])
    func devicesAreRefusedNotReadForever(path: String) throws {
        let error = try #require(throws: DataError.self) { try Dataset.readCSV(path: path) }
        #expect(error.description.contains("it is a device, not a regular file"), "\(error)")
        #expect(throws: DataError.self) { try Dataset.readIDX(imagesPath: path, labelsPath: path) }
    }

    @Test func aPipeWithoutAWriterIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-fifo-\(UUID().uuidString)").path
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        let error = try #require(throws: DataError.self) { try Dataset.readCSV(path: path) }
        #expect(error.description.contains("not a regular file"))
    }

    /// Found by the fuzz test, run as root: `save data "/dev/zero"` renamed a plain file
    /// over the device. A target that exists must be a regular file.
    @Test func writingOverAPipeOrADirectoryIsRefusedAndLeavesItAlone() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let dataset = try Dataset.parseCSV("x,label\n1,0\n2,1\n").dataset
        let error = try #require(throws: (any Error).self) { try dataset.writeCSV(to: fifo) }
        #expect("\(error)".contains("not a regular file"), "\(error)")
        var status = stat()
        #expect(stat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        #expect(throws: (any Error).self) { try dataset.writeCSV(to: directory.path) }
        var random = RandomSource(seed: 1)
        let network = try Network(specs: [.linear(inputs: 2, outputs: 2)], random: &random)
        #expect(throws: (any Error).self) { try network.writeSafetensors(to: fifo) }
    }

    @Test func aDirectoryAndASymbolicLinkToAFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-link-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = try #require(throws: DataError.self) { try Dataset.readCSV(path: directory.path) }
        #expect(folder.description.contains("it is a folder, not a regular file"), "\(folder)")
        let file = directory.appendingPathComponent("d.csv")
        try "x,label\n1,0\n2,1\n".write(to: file, atomically: true, encoding: .utf8)
        let link = directory.appendingPathComponent("link.csv")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
        #expect(try Dataset.readCSV(path: link.path).dataset.sampleCount == 2)
    }
}

@Suite struct DataCSVEdgeTests {
    @Test func singleColumnAndNumericHeaderHints() throws {
        #expect(throws: DataError.self) { try Dataset.parseCSV("1\n2\n") }
        let error = try #require(throws: DataError.self) { try Dataset.parseCSV("x,1,label\n1,2,0\n", name: "f.csv") }
        #expect(error.line == 1 && error.column == 1 && error.description.contains("header=true"))
    }

    @Test func splitColumnIsNotAFeatureAndLastMeansTheLabel() throws {
        let loaded = try Dataset.parseCSV("a,b,label,split\n1,2,0,train\n3,4,1,val\n5,6,1,test\n7,8,0,none\n")
        #expect(loaded.dataset.featureCount == 2 && loaded.dataset.labels == [0, 1, 1, 0])
        #expect(loaded.splits == Splits(train: [0], validation: [1], test: [2]))
        let error = try #require(throws: DataError.self) {
            try Dataset.parseCSV("a,b,label,split\n1,2,0,train\n", options: CSVOptions(label: .index(2), splitColumn: nil))
        }
        #expect(error.line == 2 && error.column == 4, "without a split column, 'train' is a bad feature cell")
        let named = try Dataset.parseCSV("a,b,part,label\n1,2,test,x\n", options: CSVOptions(splitColumn: "PART"))
        #expect(named.splits == Splits(train: [], validation: [], test: [0]) && named.dataset.featureCount == 2)
    }
}

@Suite struct DataCSVNumberTests {
    /// `text` read as the CSV reader reads a cell.
    static func cell(_ text: String) -> Float? {
        let scanner = CSVScanner(bytes: Array(text.utf8), path: "t")
        return scanner.number(of: CSVField(range: 0..<text.utf8.count, isQuoted: false))
    }

    @Test func fastPathAgreesWithFloatParsingBitForBit() {
        var random = RandomSource(seed: 13)
        for _ in 0..<20_000 {
            let integerDigits = 1 + random.nextInt(below: 5), decimals = random.nextInt(below: 9)
            var text = random.nextInt(below: 3) == 0 ? "-" : ""
            for _ in 0..<integerDigits { text += String(random.nextInt(below: 10)) }
            if decimals > 0 { text += "." + (0..<decimals).map { _ in String(random.nextInt(below: 10)) }.joined() }
            let expected = Float(text)
            #expect(Self.cell(text)?.bitPattern == expected?.bitPattern, "\(text)")
        }
    }

    @Test(arguments: ["", " ", "-", ".", "1.", ".5", "-0", " 42 ", "1e3", "+3", "0x10", "1.2.3", "nan", "inf", "1e99", "12345678.9"])
    func edgeCellsMatchFloatParsing(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let expected = Float(trimmed).flatMap { $0.isFinite ? $0 : nil }
        #expect(Self.cell(text)?.bitPattern == expected?.bitPattern)
    }
}

@Suite struct DataErrorTests {
    @Test func localizedDescriptionIsTheMessage() {
        let error: any Error = DataError.raggedRow(path: "f.csv", line: 4, fields: 2, expected: 3)
        #expect(error.localizedDescription == "f.csv, line 4, column 3: this row has 2 fields but the first row has 3; every row needs the same number of separators (, ; or tab, the one the first row uses)")
    }
}
