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

    /// The field's value as a finite `Float`, or nil when it is not a number.
    ///
    /// Plain decimals with at most 7 significant digits and 10 decimals (`255`, `-1.5`)
    /// take Clinger's fast path: `m / 10^k` with both exact in `Float`, one correctly
    /// rounded division, so the result equals `Float(text)` bit for bit. Anything else
    /// goes through `Float(text)`. When the delimiter is not a comma, a decimal comma
    /// (`5,1`, as spreadsheets write in many locales) reads as a point.
    func number(of field: CSVField) -> Float? {
        if !field.isQuoted, let fast = fastDecimal(field.range) { return fast }
        var text = text(of: field)
        if delimiter != UInt8(ascii: ","), !text.contains("."), text.filter({ $0 == "," }).count == 1 {
            text = text.replacingOccurrences(of: ",", with: ".")
        }
        guard let value = Float(text), value.isFinite else { return nil }
        return value
    }

    /// The fast path of `number(of:)`: `-?digits(.digits)?`, or nil to fall back.
    private func fastDecimal(_ range: Range<Int>) -> Float? {
        var i = range.lowerBound, end = range.upperBound
        while i < end && isSpace(bytes[i]) { i += 1 }
        while end > i && isSpace(bytes[end - 1]) { end -= 1 }
        let negative = i < end && bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        var mantissa = 0, significant = 0, integerDigits = 0, decimals = 0, seenPoint = false
        while i < end {
            let byte = bytes[i]
            if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                mantissa = mantissa * 10 + Int(byte - UInt8(ascii: "0"))
                if mantissa > 0 { significant += 1 }
                if seenPoint { decimals += 1 } else { integerDigits += 1 }
                if significant > 7 || decimals > 10 { return nil }
            } else {
                return nil
            }
            i += 1
        }
        guard integerDigits > 0, !seenPoint || decimals > 0 else { return nil }
        let value = Float(mantissa) / Self.powersOfTen[decimals]
        return negative ? -value : value
    }

    /// 10^k for k in 0...10, all exact in `Float`.
    private static let powersOfTen: [Float] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10]

    /// Splits one line into fields at the delimiter, honouring quotes.
    private func split(_ line: Range<Int>, into fields: inout [CSVField]) throws(DataError) {
        fields.removeAll(keepingCapacity: true)
        var i = line.lowerBound
        while true {
            var fieldStart = i
            while fieldStart < line.upperBound && bytes[fieldStart] != delimiter && isSpace(bytes[fieldStart]) { fieldStart += 1 }
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
