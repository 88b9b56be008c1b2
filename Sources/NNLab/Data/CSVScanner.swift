import Foundation

/// One field of a CSV row: where its text lies in the file's bytes.
struct CSVField {
    /// The bytes of the field, without surrounding quotes.
    var range: Range<Int>
    /// Whether the field was quoted (then `""` inside stands for `"`).
    var isQuoted: Bool
}

/// Splits CSV bytes into rows of fields, line by line.
///
/// Handles `\n` and `\r\n` endings, a UTF-8 byte-order mark, blank lines (skipped,
/// but counted for line numbers) and RFC 4180 quoting within one line.
struct CSVScanner {
    /// The file's bytes.
    let bytes: [UInt8]
    /// The file's name, for errors.
    let path: String
    /// The field separator.
    let delimiter: UInt8
    /// Where the next line starts.
    private var position = 0
    /// The number of the line read last (from 1).
    private(set) var lineNumber = 0

    /// A scanner over `bytes`, skipping a UTF-8 byte-order mark.
    init(bytes: [UInt8], path: String, delimiter: UInt8 = UInt8(ascii: ",")) {
        self.bytes = bytes
        self.path = path
        self.delimiter = delimiter
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// Reads the next non-blank line into `fields`; returns its line number, or nil at the end.
    mutating func nextRow(into fields: inout [CSVField]) throws(DataError) -> Int? {
        while position < bytes.count {
            var end = position
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            let start = position
            position = end + 1
            lineNumber += 1
            var lineEnd = end
            if lineEnd > start && bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            if isBlank(start..<lineEnd) { continue }
            try split(start..<lineEnd, into: &fields)
            return lineNumber
        }
        return nil
    }

    /// The text of a field, unquoted and trimmed of spaces.
    func text(of field: CSVField) -> String {
        var range = field.range
        if !field.isQuoted {
            while range.lowerBound < range.upperBound && isSpace(bytes[range.lowerBound]) { range = (range.lowerBound + 1)..<range.upperBound }
            while range.lowerBound < range.upperBound && isSpace(bytes[range.upperBound - 1]) { range = range.lowerBound..<(range.upperBound - 1) }
        }
        let raw = String(decoding: bytes[range], as: UTF8.self)
        return field.isQuoted ? raw.replacingOccurrences(of: "\"\"", with: "\"") : raw
    }

    /// Splits one line into fields at the delimiter, honouring quotes.
    private func split(_ line: Range<Int>, into fields: inout [CSVField]) throws(DataError) {
        fields.removeAll(keepingCapacity: true)
        var i = line.lowerBound
        while true {
            var fieldStart = i
            while fieldStart < line.upperBound && isSpace(bytes[fieldStart]) { fieldStart += 1 }
            if fieldStart < line.upperBound && bytes[fieldStart] == UInt8(ascii: "\"") {
                let close = try closingQuote(after: fieldStart, in: line, field: fields.count + 1)
                fields.append(CSVField(range: (fieldStart + 1)..<close, isQuoted: true))
                i = close + 1
                while i < line.upperBound && bytes[i] != delimiter { i += 1 }
            } else {
                var end = i
                while end < line.upperBound && bytes[end] != delimiter { end += 1 }
                fields.append(CSVField(range: i..<end, isQuoted: false))
                i = end
            }
            if i >= line.upperBound { return }
            i += 1
        }
    }

    /// The index of the quote closing the field opened at `open`.
    private func closingQuote(after open: Int, in line: Range<Int>, field: Int) throws(DataError) -> Int {
        var j = open + 1
        while j < line.upperBound {
            if bytes[j] == UInt8(ascii: "\"") {
                if j + 1 < line.upperBound && bytes[j + 1] == UInt8(ascii: "\"") { j += 2; continue }
                return j
            }
            j += 1
        }
        throw .unterminatedQuote(path: path, line: lineNumber, column: field)
    }

    private func isBlank(_ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy(isSpace)
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
