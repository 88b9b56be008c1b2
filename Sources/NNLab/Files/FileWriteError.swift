@preconcurrency import Glibc

/// Why a file could not be saved: the path named and a reason that says what to do.
public struct FileWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path as the user gave it.
    public var path: String
    /// What went wrong, with the fix where there is one.
    public var reason: String

    /// A failure to write `path`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `cannot write 'p.csv': the disk is full …`.
    public var description: String { "cannot write '\(path)': \(reason)" }
}

/// What kind of file system object a `stat` mode is, for messages.
enum FileKind {
    /// `a named pipe (FIFO)`, `a device`, … for a mode that is not a regular file; nil for a regular file.
    static func irregular(_ mode: UInt32) -> String? {
        switch mode & UInt32(S_IFMT) {
        case UInt32(S_IFREG): nil
        case UInt32(S_IFDIR): "a folder"
        case UInt32(S_IFIFO): "a named pipe (FIFO)"
        case UInt32(S_IFCHR), UInt32(S_IFBLK): "a device"
        case UInt32(S_IFSOCK): "a socket"
        case UInt32(S_IFLNK): "a symbolic link"
        default: "not a regular file"
        }
    }
}
