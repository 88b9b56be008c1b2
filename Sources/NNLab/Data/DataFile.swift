@preconcurrency import Glibc

/// Reads whole files into memory, bounded: only regular files (a named pipe could
/// block forever, a device like `/dev/zero` never ends), at most `DataLimits.maxBytes`
/// however the file grows while being read, and, for text formats, refused at the first
/// block when it holds a NUL byte (binary data, or text saved as UTF-16).
enum DataFile {
    /// How much is read at a time, and how much is looked at for binary content.
    static let blockSize = 1 << 16

    /// The bytes of the file at `path`; `isText` refuses binary content early.
    static func read(_ path: String, isText: Bool = false, limit: Int = DataLimits.maxBytes) throws(DataError) -> [UInt8] {
        // O_NONBLOCK: opening a named pipe without a writer would otherwise wait forever.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadableFile(path: path, reason: FileProblem.reading(errno, path: path)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .unreadableFile(path: path, reason: FileProblem.reading(errno, path: path))
        }
        if let kind = FileKind.irregular(UInt32(status.st_mode)) {
            let fix = kind == "a folder" ? "give the path of a file inside it" : "nnlab reads regular files only; copy the data into a file first"
            throw .unreadableFile(path: path, reason: "it is \(kind), not a regular file; \(fix)")
        }
        guard status.st_size <= limit else { throw .tooLarge(what: "the file", bytes: Int(status.st_size), limit: limit) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var block = [UInt8](repeating: 0, count: blockSize)
        while true {
            let count = block.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadableFile(path: path, reason: FileProblem.reading(errno, path: path))
            }
            if isText, bytes.isEmpty, let at = block[..<count].firstIndex(of: 0) {
                throw .binaryFile(path: path, offset: at)
            }
            bytes += block[..<count]
            if bytes.count > limit { throw .tooLarge(what: "the file", bytes: bytes.count, limit: limit) }
        }
    }
}
