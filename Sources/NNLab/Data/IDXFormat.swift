/// The IDX file format of MNIST: a 4-byte magic number (two zero bytes, the element
/// type, the number of dimensions), each dimension as a big-endian 32-bit integer,
/// then the elements. nnlab reads unsigned-byte files (type 0x08): images with three
/// dimensions `[count, rows, columns]` and labels with one `[count]`.
enum IDXFormat {
    /// The element type code for unsigned bytes.
    static let unsignedByte: UInt8 = 0x08

    /// The dimensions of the IDX bytes, checked: magic, type, rank and exact size.
    static func dimensions(of bytes: [UInt8], path: String, rank: Int) throws(DataError) -> [Int] {
        let kind = rank == 1 ? "labels (magic 0x00000801)" : "images (magic 0x00000803)"
        try checkMagic(bytes, path: path, rank: rank, kind: kind)
        let headerSize = 4 + 4 * rank
        guard bytes.count >= headerSize else {
            throw .badIDX(path: path, reason: "truncated header: \(bytes.count) bytes, the dimensions need \(headerSize)")
        }
        let dims = (0..<rank).map { d in bytes[(4 + 4 * d)..<(8 + 4 * d)].reduce(0) { $0 << 8 | Int($1) } }
        guard dims.allSatisfy({ $0 > 0 }) else {
            throw .badIDX(path: path, reason: "dimensions \(dims) include zero; the file holds no samples")
        }
        var elements = 1
        for d in dims {
            let (product, overflow) = elements.multipliedReportingOverflow(by: d)
            guard !overflow else { throw .tooLarge(what: "the IDX data \(dims)", bytes: Int.max, limit: DataLimits.maxBytes) }
            elements = product
        }
        try DataLimits.check(samples: dims[0], features: elements / dims[0], what: "the IDX data \(dims)")
        let expected = headerSize + elements
        guard bytes.count >= expected else {
            throw .badIDX(path: path, reason: "truncated: dimensions \(dims) need \(expected) bytes, the file has \(bytes.count)")
        }
        guard bytes.count == expected else {
            throw .badIDX(path: path, reason: "\(bytes.count - expected) extra bytes after the \(expected) that dimensions \(dims) need")
        }
        return dims
    }

    /// Checks the 4-byte magic number: two zero bytes, unsigned bytes, `rank` dimensions.
    private static func checkMagic(_ bytes: [UInt8], path: String, rank: Int, kind: String) throws(DataError) {
        guard bytes.count >= 4 else {
            throw .badIDX(path: path, reason: "the file has only \(bytes.count) bytes; an IDX file starts with a 4-byte magic number")
        }
        let magic = bytes[0..<4].reduce(0) { $0 << 8 | Int($1) }
        guard bytes[0] == 0, bytes[1] == 0 else {
            throw .badIDX(path: path, reason: "bad magic number \(hex(magic)); expected \(kind)")
        }
        guard bytes[2] == unsignedByte else {
            throw .badIDX(path: path, reason: "element type \(hex(Int(bytes[2]), digits: 2)) is not supported; nnlab reads unsigned bytes (0x08), as MNIST uses")
        }
        guard Int(bytes[3]) == rank else {
            throw .badIDX(path: path, reason: "\(bytes[3]) dimensions where \(kind) have \(rank); is this the other file of the pair?")
        }
    }

    /// `value` as `0x` and `digits` hex digits.
    private static func hex(_ value: Int, digits: Int = 8) -> String {
        let text = String(value, radix: 16)
        return "0x" + String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
