import Foundation

/// One tensor of a safetensors file: its element type, shape and little-endian bytes.
public struct SafeTensor: Equatable, Sendable {
    /// The element types nnlab reads and writes.
    public enum DType: String, Sendable {
        case f32 = "F32"
        case i64 = "I64"
        /// Read and converted to F32 (PyTorch's half, bfloat16 and double tensors).
        case f16 = "F16"
        case bf16 = "BF16"
        case f64 = "F64"

        /// Bytes per element.
        public var size: Int {
            switch self {
            case .f16, .bf16: 2
            case .f32: 4
            case .i64, .f64: 8
            }
        }

        /// Whether the elements are floating-point numbers.
        public var isFloatingPoint: Bool { self != .i64 }
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

    /// The elements as F32, converted from whatever the file holds.
    public var floats: [Float] {
        switch dtype {
        case .f32: return elements(4) { Float(bitPattern: UInt32(truncatingIfNeeded: $0)) }
        case .f16: return elements(2) { Float(Float16(bitPattern: UInt16(truncatingIfNeeded: $0))) }
        case .bf16: return elements(2) { Float(bitPattern: UInt32(truncatingIfNeeded: $0) << 16) }
        case .f64: return elements(8) { Float(Double(bitPattern: $0)) }
        case .i64: return elements(8) { Float(Int64(bitPattern: $0)) }
        }
    }

    /// Each little-endian element of `width` bytes, converted.
    private func elements(_ width: Int, _ convert: (UInt64) -> Float) -> [Float] {
        stride(from: 0, to: bytes.count, by: width).map { start in convert(littleEndian(at: start, width: width)) }
    }

    /// The unsigned number in `width` bytes from `start`, least significant first.
    private func littleEndian(at start: Int, width: Int) -> UInt64 {
        var value: UInt64 = 0
        for offset in 0..<width {
            let byte = UInt64(bytes[start + offset])
            value |= byte << UInt64(8 * offset)
        }
        return value
    }

    public var integer: Int64 {
        Int64(bitPattern: littleEndian(at: 0, width: min(8, bytes.count)))
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
            let fields = metadata.keys.sorted().map { "\(JSONString.quoted($0)):\(JSONString.quoted(metadata[$0]!))" }
            entries.append("\"__metadata__\":{\(fields.joined(separator: ","))}")
        }
        var offset = 0
        var data: [UInt8] = []
        for name in names {
            let tensor = tensors[name]!
            let shape = tensor.shape.map(String.init).joined(separator: ",")
            entries.append("\(JSONString.quoted(name)):{\"dtype\":\"\(tensor.dtype.rawValue)\",\"shape\":[\(shape)],\"data_offsets\":[\(offset),\(offset + tensor.bytes.count)]}")
            offset += tensor.bytes.count
            data += tensor.bytes
        }
        var header = Array("{\(entries.joined(separator: ","))}".utf8)
        while header.count % 8 != 0 { header.append(0x20) }
        let length = UInt64(header.count)
        return (0..<8).map { UInt8(truncatingIfNeeded: length >> (8 * UInt64($0))) } + header + data
    }
}
