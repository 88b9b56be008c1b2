import CZlib

/// Unpacking gzip files (MNIST is downloaded as `train-images-idx3-ubyte.gz`) through zlib,
/// bounded like every read: the unpacked bytes may not pass `limit`.
enum Gzip {
    /// Whether `bytes` start with gzip's magic number 1f 8b.
    static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The unpacked contents of gzip `bytes` (several members, as `cat a.gz b.gz` makes, are joined).
    static func decompress(_ bytes: [UInt8], path: String, limit: Int = DataLimits.maxBytes) throws(DataError) -> [UInt8] {
        var stream = z_stream()
        // 15 + 16: the largest window, and a gzip header (not a raw zlib one).
        guard inflateInit2_(&stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .unreadableFile(path: path, reason: "zlib could not start unpacking the gzip file")
        }
        defer { inflateEnd(&stream) }
        var input = bytes
        var output: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 1 << 16)
        var consumed = 0
        while true {
            let (status, used, produced) = input.withUnsafeMutableBufferPointer { source in
                block.withUnsafeMutableBufferPointer { target in
                    stream.next_in = source.baseAddress! + consumed
                    stream.avail_in = UInt32(min(source.count - consumed, Int(UInt32.max)))
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    let before = stream.avail_in
                    let status = inflate(&stream, Z_NO_FLUSH)
                    return (status, Int(before - stream.avail_in), target.count - Int(stream.avail_out))
                }
            }
            consumed += used
            output += block[..<produced]
            guard output.count <= limit else { throw .tooLarge(what: "the unpacked file", bytes: output.count, limit: limit) }
            switch status {
            case Z_STREAM_END:
                if consumed == input.count { return output }
                inflateReset(&stream)
            case Z_OK:
                continue
            case Z_BUF_ERROR where used > 0 || produced > 0:
                continue
            case Z_BUF_ERROR:
                throw .unreadableFile(path: path, reason: "the gzip file ends early (an interrupted download?); download it again")
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                throw .unreadableFile(path: path, reason: "the gzip data is damaged (zlib: \(message)); download the file again")
            }
        }
    }
}
