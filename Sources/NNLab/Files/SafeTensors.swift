import Foundation

/// One tensor of a safetensors file: its element type, shape and little-endian bytes.
public struct SafeTensor: Equatable, Sendable {
    /// The element types nnlab reads and writes.
    public enum DType: String, Sendable {
        /// 32-bit float.
        case f32 = "F32"
        /// 64-bit signed integer (batch norm's `num_batches_tracked`).
        case i64 = "I64"

        /// Bytes per element.
        public var size: Int { self == .f32 ? 4 : 8 }
    }

    /// Element type.
    public var dtype: DType
    /// Shape, outermost first (a scalar has shape []).
    public var shape: [Int]
    /// The raw little-endian elements.
    public var bytes: [UInt8]

    /// A float tensor.
    public init(shape: [Int], floats: [Float]) {
        dtype = .f32
        self.shape = shape
        bytes = floats.flatMap { value -> [UInt8] in
            let bits = value.bitPattern.littleEndian
            return [UInt8(bits & 0xFF), UInt8(bits >> 8 & 0xFF), UInt8(bits >> 16 & 0xFF), UInt8(bits >> 24)]
        }
    }

    /// A 64-bit integer scalar.
    public init(integer: Int64) {
        dtype = .i64
        shape = []
        bytes = (0..<8).map { UInt8(truncatingIfNeeded: integer >> (8 * $0)) }
    }

    init(dtype: DType, shape: [Int], bytes: [UInt8]) {
        self.dtype = dtype
        self.shape = shape
        self.bytes = bytes
    }

    /// The elements as floats (F32 only).
    public var floats: [Float] {
        stride(from: 0, to: bytes.count, by: 4).map { i in
            Float(bitPattern: UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24)
        }
    }

    /// The first element as an integer (I64 only).
    public var integer: Int64 {
        (0..<min(8, bytes.count)).reduce(Int64(0)) { $0 | Int64(bytes[$1]) << (8 * $1) }
    }
}

/// The safetensors format (huggingface/safetensors): an 8-byte little-endian header
/// length, a JSON header naming each tensor's dtype, shape and byte range (and a
/// `__metadata__` map of strings), padded with spaces to 8 bytes, then the data.
///
/// Written exactly as the reference Python package writes it: tensors ordered by
/// element size (largest first), then by name; header keys in that order after
/// `__metadata__`; compact JSON.
public enum SafeTensors {
    /// The file's bytes for `tensors` and `metadata`.
    public static func encode(_ tensors: [String: SafeTensor], metadata: [String: String]) -> [UInt8] {
        let names = tensors.keys.sorted { a, b in
            let (sa, sb) = (tensors[a]!.dtype.size, tensors[b]!.dtype.size)
            return sa != sb ? sa > sb : a < b
        }
        var entries: [String] = []
        if !metadata.isEmpty {
            let fields = metadata.keys.sorted().map { "\(jsonString($0)):\(jsonString(metadata[$0]!))" }
            entries.append("\"__metadata__\":{\(fields.joined(separator: ","))}")
        }
        var offset = 0
        var data: [UInt8] = []
        for name in names {
            let tensor = tensors[name]!
            let shape = tensor.shape.map(String.init).joined(separator: ",")
            entries.append("\(jsonString(name)):{\"dtype\":\"\(tensor.dtype.rawValue)\",\"shape\":[\(shape)],\"data_offsets\":[\(offset),\(offset + tensor.bytes.count)]}")
            offset += tensor.bytes.count
            data += tensor.bytes
        }
        var header = Array("{\(entries.joined(separator: ","))}".utf8)
        while header.count % 8 != 0 { header.append(0x20) }
        let length = UInt64(header.count)
        return (0..<8).map { UInt8(truncatingIfNeeded: length >> (8 * UInt64($0))) } + header + data
    }

    /// JSON string literal with the escapes serde_json uses.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
