import Testing
@testable import NNLab

/// Malformed input of every kind must give a `DataError` or a valid data set, never a trap.
@Suite struct DataFuzzTests {
    static let seedCSV = Array("a,b,label,split\n1.5,-2e3,cat,train\n\"3\",4,\"d\"\"og\",val\r\n\n5,6,7,test\n".utf8)
    static let alphabet = Array(",\"\n\r 0123456789.-+eE;abcnan".utf8)

    /// `bytes` with a few random edits (replace, insert, delete, truncate).
    static func mutate(_ bytes: [UInt8], random: inout RandomSource, alphabet: [UInt8]) -> [UInt8] {
        var result = bytes
        for _ in 0..<(1 + random.nextInt(below: 4)) {
            let position = result.isEmpty ? 0 : random.nextInt(below: result.count)
            switch random.nextInt(below: 4) {
            case 0 where !result.isEmpty: result[position] = alphabet[random.nextInt(below: alphabet.count)]
            case 1: result.insert(alphabet[random.nextInt(below: alphabet.count)], at: position)
            case 2 where !result.isEmpty: result.remove(at: position)
            default: result = Array(result.prefix(position))
            }
        }
        return result
    }

    @Test func mutatedCSVNeverTraps() {
        var random = RandomSource(seed: 99)
        var loaded = 0
        for _ in 0..<3000 {
            let bytes = Self.mutate(Self.seedCSV, random: &random, alphabet: Self.alphabet)
            let options = CSVOptions(header: [.auto, .present, .absent][random.nextInt(below: 3)],
                                     label: [.last, .first, .index(-2), .name("b")][random.nextInt(below: 4)])
            do {
                let data = try CSVReader(options: options, path: "fuzz.csv").read(bytes).dataset
                #expect(data.labels.allSatisfy { $0 >= 0 && $0 < data.classCount })
                #expect(data.features.isFinite)
                loaded += 1
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
        #expect(loaded > 100, "some mutations stay valid")
    }

    @Test func mutatedIDXNeverTraps() {
        var random = RandomSource(seed: 98)
        let images = DataIDXTests.images, labels = DataIDXTests.labels
        let bytes = (0...255).map { UInt8($0) }
        for _ in 0..<3000 {
            let badImages = random.nextInt(below: 2) == 0 ? Self.mutate(images, random: &random, alphabet: bytes) : images
            let badLabels = Self.mutate(labels, random: &random, alphabet: bytes)
            do {
                let data = try Dataset.parseIDX(images: badImages, labels: badLabels)
                #expect(data.features.storage.allSatisfy { $0 >= 0 && $0 <= 1 })
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
    }
}
