import Foundation

/// Why a weights file was refused.
public enum WeightFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read or written.
    case io(path: String, reason: String)
    /// The bytes are not a valid safetensors file.
    case corrupt(reason: String)
    /// The file is valid but does not describe a model nnlab can rebuild or fill.
    case mismatch(reason: String)

    public var description: String {
        switch self {
        case let .io(path, reason): return "cannot use '\(path)': \(reason)"
        case let .corrupt(reason): return "not a valid safetensors file: \(reason)"
        case let .mismatch(reason): return "the weights do not fit: \(reason)"
        }
    }
}

extension SafeTensors {
    /// The largest header accepted (the reference implementation's limit).
    public static let maximumHeaderSize = 100_000_000

    /// Decodes a file's bytes, checking every offset and size against the format.
    public static func decode(_ bytes: [UInt8]) throws(WeightFileError) -> (tensors: [String: SafeTensor], metadata: [String: String]) {
        guard bytes.count >= 8 else { throw .corrupt(reason: "the file is \(bytes.count) bytes, shorter than the 8-byte header length") }
        var length: UInt64 = 0
        for offset in 0..<8 { length |= UInt64(bytes[offset]) << UInt64(8 * offset) }
        guard length <= UInt64(maximumHeaderSize), Int(length) <= bytes.count - 8 else {
            throw .corrupt(reason: "the header claims \(length) bytes but the file has \(bytes.count - 8) after the length (truncated?)")
        }
        let headerBytes = bytes[8..<(8 + Int(length))]
        guard let object = try? JSONSerialization.jsonObject(with: Data(headerBytes)) as? [String: Any] else {
            throw .corrupt(reason: "the header is not a JSON object")
        }
        let data = Array(bytes[(8 + Int(length))...])
        var metadata: [String: String] = [:]
        var tensors: [String: SafeTensor] = [:]
        var ranges: [(Int, Int)] = []
        for (name, value) in object {
            if name == "__metadata__" {
                guard let map = value as? [String: String] else { throw .corrupt(reason: "__metadata__ must map strings to strings") }
                metadata = map
                continue
            }
            let (tensor, range) = try decodeTensor(name: name, value, data: data)
            tensors[name] = tensor
            ranges.append(range)
        }
        try checkCoverage(ranges.sorted { $0.0 < $1.0 }, dataSize: data.count)
        return (tensors, metadata)
    }

    private static func decodeTensor(name: String, _ value: Any, data: [UInt8]) throws(WeightFileError) -> (SafeTensor, (Int, Int)) {
        guard let entry = value as? [String: Any], let dtypeName = entry["dtype"] as? String,
              let shapeValues = entry["shape"] as? [Any], let offsets = entry["data_offsets"] as? [Any], offsets.count == 2
        else { throw .corrupt(reason: "tensor '\(name)' lacks dtype, shape or data_offsets") }
        guard let dtype = SafeTensor.DType(rawValue: dtypeName) else {
            throw .mismatch(reason: "tensor '\(name)' has dtype \(dtypeName); nnlab reads F32, F16, BF16 and F64 (converted to F32) and I64 counters")
        }
        let shape = shapeValues.compactMap { ($0 as? NSNumber).flatMap { Int(exactly: $0.doubleValue) } }
        let bounds = offsets.compactMap { ($0 as? NSNumber).flatMap { Int(exactly: $0.doubleValue) } }
        guard shape.count == shapeValues.count, shape.allSatisfy({ $0 >= 0 }), bounds.count == 2 else {
            throw .corrupt(reason: "tensor '\(name)' has a malformed shape or offsets")
        }
        var elements = 1
        for size in shape {
            let (product, overflow) = elements.multipliedReportingOverflow(by: size)
            guard !overflow else { throw .corrupt(reason: "tensor '\(name)' has an impossible shape \(shape)") }
            elements = product
        }
        let (begin, end) = (bounds[0], bounds[1])
        guard begin >= 0, begin <= end, end <= data.count else {
            throw .corrupt(reason: "tensor '\(name)' points at bytes \(begin)..<\(end) outside the \(data.count) data bytes (truncated?)")
        }
        guard end - begin == elements * dtype.size else {
            throw .corrupt(reason: "tensor '\(name)' has \(end - begin) bytes for shape \(shape)")
        }
        return (SafeTensor(dtype: dtype, shape: shape, bytes: Array(data[begin..<end])), (begin, end))
    }

    private static func checkCoverage(_ ranges: [(Int, Int)], dataSize: Int) throws(WeightFileError) {
        var position = 0
        for (begin, end) in ranges {
            guard begin == position else { throw .corrupt(reason: "tensor data overlaps or leaves a gap at byte \(position)") }
            position = end
        }
        guard position == dataSize else { throw .corrupt(reason: "\(dataSize - position) bytes after the last tensor") }
    }
}
