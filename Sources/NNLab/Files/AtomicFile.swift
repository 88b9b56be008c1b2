@preconcurrency import Glibc
import Synchronization

/// The temporary file a save is writing, for a signal handler to remove (a C signal
/// handler can capture nothing, so this is a global; one save runs at a time): the
/// address of a `strdup`ed path, 0 for none.
private let pendingTemporaryFile = Atomic<UInt>(0)

/// Saves a file so that a failure never damages what was there: the bytes go to a
/// temporary file in the same folder (`.NAME.nnlab-tmp-XXXXXX`), are flushed to the
/// disk, and the temporary file is renamed over the target, which is therefore either
/// the old file or the whole new one. On any error the temporary file is removed.
///
/// Only regular files are written. A folder, a named pipe, a device or a socket is
/// refused, so `save data "/dev/null"` leaves `/dev/null` alone. A symbolic link is
/// followed to the regular file it points to, which is replaced (the link stays); a
/// link to nothing is refused. A replaced file keeps its permission bits; a new one
/// gets the usual ones (0666 less the umask).
public enum AtomicFile {
    /// The marker in temporary names, so a leftover from a killed process is recognisable.
    public static let temporaryMarker = ".nnlab-tmp-"

    /// Writes `text` as UTF-8 to `path`.
    public static func write(_ text: String, to path: String) throws(FileWriteError) {
        try write(Array(text.utf8), to: path)
    }

    /// Writes `bytes` to `path`, atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws(FileWriteError) {
        let (target, existingMode) = try destination(for: path)
        let (descriptor, temporary) = try createTemporary(besides: target, userPath: path)
        defer { forgetPending() }
        if let existingMode { _ = fchmod(descriptor, existingMode & 0o7777) }
        var failure = writeAll(bytes, to: descriptor, path: path) ?? flushAndClose(descriptor, path: path)
        if failure == nil, rename(temporary, target) != 0 {
            failure = FileWriteError(path: path, reason: FileProblem.writing(errno, path: target))
        }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    /// Removes the temporary file of a save in progress, if any. Async-signal-safe: call
    /// it from a SIGINT/SIGTERM handler before the process ends.
    public static func removePendingTemporaryFile() {
        if let path = UnsafeMutablePointer<CChar>(bitPattern: pendingTemporaryFile.exchange(0, ordering: .sequentiallyConsistent)) {
            unlink(path)
        }
    }

    /// The regular file to replace (a symbolic link resolved) and its mode when it exists.
    static func destination(for path: String) throws(FileWriteError) -> (path: String, mode: mode_t?) {
        guard !path.isEmpty else { throw FileWriteError(path: path, reason: "the file name is empty; give one, e.g. \"out.csv\"") }
        guard !path.hasSuffix("/") else { throw FileWriteError(path: path, reason: "the name ends in '/'; give a file name after the folder") }
        var status = stat()
        guard lstat(path, &status) == 0 else {
            let code = errno
            if code == ENOENT, FileProblem.isFolder(FileProblem.folder(of: path)) { return (path, nil) }
            throw FileWriteError(path: path, reason: FileProblem.writing(code == ENOENT ? missingFolderCode(path) : code, path: path))
        }
        var target = path
        if status.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw FileWriteError(path: path, reason: "it is a symbolic link to '\(linkText(path))', which does not exist; "
                                     + "save to that path itself, or remove the link")
            }
            target = String(cString: resolved)
            free(resolved)
            guard stat(target, &status) == 0 else {
                throw FileWriteError(path: path, reason: FileProblem.writing(errno, path: target))
            }
        }
        if let kind = FileKind.irregular(UInt32(status.st_mode)) {
            let shown = target == path ? "it is" : "it leads to '\(target)', which is"
            let fix = kind == "a folder" ? "give a file name inside it, e.g. '\(path)/out.csv'"
                : "nnlab saves to regular files only (it never replaces a pipe or a device); give a file name"
            throw FileWriteError(path: path, reason: "\(shown) \(kind), not a regular file; \(fix)")
        }
        return (target, status.st_mode)
    }

    /// ENOENT for a missing folder, ENOTDIR when a part of the path is a file.
    private static func missingFolderCode(_ path: String) -> Int32 {
        var status = stat()
        let folder = FileProblem.folder(of: path)
        return stat(folder, &status) == 0 ? ENOTDIR : errno
    }

    /// What a symbolic link says, for messages.
    private static func linkText(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return "?" }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// A new, empty temporary file next to `target`, registered for the signal handler.
    private static func createTemporary(besides target: String, userPath: String) throws(FileWriteError) -> (Int32, String) {
        let folder = FileProblem.folder(of: target)
        let name = String(target.split(separator: "/").last ?? "file").utf8.prefix(200)
        let stem = (folder == "." && !target.hasPrefix("./") ? "" : folder + (folder == "/" ? "" : "/"))
            + "." + String(decoding: name, as: UTF8.self) + temporaryMarker
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var code: Int32 = EEXIST
        for _ in 0..<100 {
            let temporary = stem + String((0..<6).map { _ in letters.randomElement()! })
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 {
                let copy = UInt(bitPattern: strdup(temporary))
                free(UnsafeMutablePointer<CChar>(bitPattern: pendingTemporaryFile.exchange(copy, ordering: .sequentiallyConsistent)))
                return (descriptor, temporary)
            }
            code = errno
            if code != EEXIST && code != EINTR { break }
        }
        if code == ENOENT, FileProblem.isFolder(folder) {
            throw FileWriteError(path: userPath, reason: "the file system of '\(folder)' does not allow new files; save somewhere else")
        }
        throw FileWriteError(path: userPath, reason: FileProblem.writing(code, path: target))
    }

    /// Unregisters a temporary file (it was renamed or removed).
    private static func forgetPending() {
        free(UnsafeMutablePointer<CChar>(bitPattern: pendingTemporaryFile.exchange(0, ordering: .sequentiallyConsistent)))
    }

    /// Writes every byte, retrying after interruptions and short writes; the error, if any.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) -> FileWriteError? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written > 0 {
                offset += written
            } else if written < 0, errno == EINTR {
                continue
            } else {
                let code = written == 0 ? ENOSPC : errno
                close(descriptor)
                return FileWriteError(path: path, reason: FileProblem.writing(code, path: path))
            }
        }
        return nil
    }

    /// Flushes the file to the disk and closes it; the error, if any (a full disk can show only here).
    private static func flushAndClose(_ descriptor: Int32, path: String) -> FileWriteError? {
        let synced = fsync(descriptor) == 0 || errno == EINVAL || errno == EROFS
        let code = errno
        let closed = close(descriptor) == 0
        guard synced, closed else { return FileWriteError(path: path, reason: FileProblem.writing(synced ? errno : code, path: path)) }
        return nil
    }
}
