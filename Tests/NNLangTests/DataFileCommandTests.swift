import Foundation
import Testing
@testable import NNLang

/// `data csv` and `data idx` on files as users have them, through the language: the
/// options, the notes, and the class names wherever classes are shown.
@Suite struct DataCSVCommandTests {
    /// A folder for one test's files.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-csvcmd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Two features, three species sorted by class, pandas' index in front.
    static let iris: String = {
        var lines = [",sepal,petal,species"]
        for (k, species) in ["setosa", "versicolor", "virginica"].enumerated() {
            for i in 0..<20 {
                lines.append("\(k * 20 + i),\(Double(k) * 2 + Double(i % 5) * 0.1),\(Double(k) + Double(i % 4) * 0.1),\(species)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func pandasIrisShowsItsNotesAndClassNamesEverywhere() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("iris.csv").path
        try Self.iris.write(toFile: file, atomically: true, encoding: .utf8)
        let predictions = directory.appendingPathComponent("p.csv").path, saved = directory.appendingPathComponent("s.csv").path
        let (interpreter, transcript) = session("""
            seed 0
            data csv "\(file)"
            show data
            model 2 -> 8 relu -> 3
            train epochs=2
            plot boundary
            save predictions "\(predictions)" split=train
            save data "\(saved)"
            """)
        #expect(transcript.contains("note: left out column 1: it has no name and holds distinct whole numbers 0 to 59"))
        #expect(transcript.contains("note: labels became classes: 0 'setosa', 1 'versicolor', 2 'virginica'"))
        #expect(transcript.contains("iris.csv: 60 samples, 2 features, 3 classes"))
        #expect(transcript.contains("class  label       train samples"))
        #expect(transcript.contains("    2  virginica"))
        #expect(transcript.components(separatedBy: "versicolor").count >= 5, "table, scatter and boundary legends, note")
        #expect(!transcript.contains("class 0"), "legends name the species")
        let lines = try String(contentsOfFile: predictions, encoding: .utf8).split(separator: "\n")
        #expect(lines[0] == "index,label,predicted,p_setosa,p_versicolor,p_virginica")
        let dataset = try #require(interpreter.state.dataset)
        for line in lines.dropFirst() {
            let cells = line.split(separator: ",")
            #expect(cells[1] == dataset.className(dataset.labels[Int(cells[0])!])[...])
        }
        #expect(transcript.contains("p_setosa..p_virginica"))
        let written = try String(contentsOfFile: saved, encoding: .utf8)
        #expect(written.hasPrefix("sepal,petal,species,split\n") && written.contains(",setosa,"))
        #expect(transcript.contains("(the column names and labels it was read with)"))
    }

    @Test(arguments: [("a;b;label\n1;2;0\n3;4;1\n", "delimiter=semicolon"), ("a\tb\tlabel\n1\t2\t0\n3\t4\t1\n", "delimiter=tab"),
                      ("a|b|label\n1|2|0\n3|4|1\n", "delimiter=\"|\""), ("a;b;label\n1;2;0\n3;4;1\n", "")])
    func delimiterOption(text: String, option: String) throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("d.csv").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let (interpreter, transcript) = session("data csv \"\(file)\" \(option)")
        #expect(interpreter.state.dataset?.featureCount == 2, "\(transcript)")
        #expect(transcript.contains("note: columns separated by") == option.isEmpty)
    }

    @Test func indexMissingAndABadDelimiter() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bc.csv").path
        try "id,thickness,nuclei,class\n1000025,5,1,2\n1002945,5,?,4\n1015425,3,2,2\n1016277,6,4,4\n".write(toFile: file, atomically: true, encoding: .utf8)
        let (_, refused) = session("data csv \"\(file)\"")
        #expect(refused.contains("line 3, column 3: a missing value ('?') in column 'nuclei'"), "\(refused)")
        let (interpreter, transcript) = session("data csv \"\(file)\" index=\"id\" missing=drop")
        #expect(interpreter.state.dataset?.featureCount == 2 && interpreter.state.dataset?.sampleCount == 3, "\(transcript)")
        #expect(transcript.contains("note: left out the index column 'id' (column 1)"))
        #expect(transcript.contains("note: left out 1 row with missing values (the first on line 3); 3 remain"))
        #expect(transcript.contains("note: labels became classes: 0 '2', 1 '4'"))
        let (_, bad) = session("data csv \"\(file)\" delimiter=\";;\"")
        #expect(bad.contains("delimiter=\";;\" is not one character"), "\(bad)")
    }
}

/// `data idx` on MNIST as downloaded: gzip files, and the official test files as the test split.
@Suite struct DataIDXCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("NNLabTests/Fixtures/idx").path

    @Test func gzippedFilesWithTheirTestFiles() throws {
        let f = Self.fixtures
        let (interpreter, transcript) = session("""
            data idx "\(f)/train-images-idx3-ubyte.gz" "\(f)/train-labels-idx1-ubyte.gz" test=["\(f)/t10k-images-idx3-ubyte.gz", "\(f)/t10k-labels-idx1-ubyte.gz"]
            """)
        #expect(transcript.contains("train-images-idx3-ubyte.gz: 5 samples, 4 features, 8 classes, 2x2 images; split 3 train / 0 val / 2 test"),
                "\(transcript)")
        #expect(transcript.contains("note: the test split is the 2 samples of the test files"))
        #expect(interpreter.state.splits?.test == [3, 4] && interpreter.state.dataset?.labels == [7, 0, 2, 1, 7])
    }

    /// Writes an uncompressed IDX pair of `count` 2x2 images labelled 0 1 2 3 0 1...
    static func writePair(_ count: Int, in directory: URL, prefix: String) throws -> (String, String) {
        func header(_ dims: [Int]) -> [UInt8] {
            [0, 0, 8, UInt8(dims.count)] + dims.flatMap { d in [24, 16, 8, 0].map { UInt8(d >> $0 & 255) } }
        }
        let images = header([count, 2, 2]) + (0..<(count * 4)).map { UInt8($0 % 256) }
        let labels = header([count]) + (0..<count).map { UInt8($0 % 4) }
        let paths = (directory.appendingPathComponent("\(prefix)-images").path, directory.appendingPathComponent("\(prefix)-labels").path)
        try Data(images).write(to: URL(fileURLWithPath: paths.0))
        try Data(labels).write(to: URL(fileURLWithPath: paths.1))
        return paths
    }

    @Test func splitKeepsTheOfficialTestSplitAndOnlyKeepsItApart() throws {
        let directory = try DataCSVCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let train = try Self.writePair(40, in: directory, prefix: "train"), test = try Self.writePair(8, in: directory, prefix: "t10k")
        let load = "data idx \"\(train.0)\" \"\(train.1)\" test=[\"\(test.0)\", \"\(test.1)\"]"
        let (interpreter, transcript) = session("seed 1\n\(load)\nsplit train=0.8 val=0.2 test=0")
        #expect(interpreter.state.splits?.test == Array(40..<48), "\(transcript)")
        #expect(interpreter.state.splits?.validation.count == 8 && interpreter.state.splits?.train.count == 32)
        #expect(transcript.contains("split 36 train / 4 val / 8 test") && transcript.contains("split 32 train / 8 val / 8 test"))
        let (_, refused) = session("\(load)\nsplit test=0.1")
        #expect(refused.contains("the test split is the official test files"), "\(refused)")
        let (only, _) = session("\(load) only=[1,2]")
        #expect(only.state.splits?.test == Array(20..<24) && only.state.dataset?.sampleCount == 24)
        let (fresh, _) = session("\(load)\ndata blobs\nsplit train=0.7 test=0.2")
        #expect(fresh.state.officialTestRows == nil && fresh.state.splits?.test.count == 60)
    }
}
