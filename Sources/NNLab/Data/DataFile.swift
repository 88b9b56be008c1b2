import Foundation

/// Reads whole data files into memory, after checking their size.
enum DataFile {
    /// The bytes of the regular file at `path` (symbolic links followed); refuses files
    /// larger than `DataLimits.maxBytes`, and devices, pipes and sockets, whose reads may
    /// never end (`/dev/zero`) or never start (a pipe without a writer).
    static func read(_ path: String) throws(DataError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadableFile(path: path, reason: reason(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadableFile(path: path, reason: reason(errno)) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .unreadableFile(path: path, reason: "it is a directory")
        default: throw .unreadableFile(path: path, reason: "it is not a regular file (a device, a pipe or a socket)")
        }
        guard Int(status.st_size) <= DataLimits.maxBytes else {
            throw .tooLarge(what: "the file", bytes: Int(status.st_size), limit: DataLimits.maxBytes)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw .unreadableFile(path: path, reason: reason(errno))
            }
            bytes += chunk[..<count]
            // A file that grows while it is read (a log) stops at the limit.
            guard bytes.count <= DataLimits.maxBytes else {
                throw .tooLarge(what: "the file", bytes: bytes.count, limit: DataLimits.maxBytes)
            }
        }
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: "no such file"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "it is a directory"
        default: String(cString: strerror(code))
        }
    }
}
