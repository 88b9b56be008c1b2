@preconcurrency import Glibc

/// What an `errno` from reading or writing a file means, said for a learner: the
/// problem and, where there is one, the fix. Never "permission" for what is not one.
enum FileProblem {
    /// The reason a file could not be read, e.g. `no such file`.
    static func reading(_ code: Int32, path: String) -> String {
        switch code {
        case ENOENT: missingFolder(of: path).map { "the folder '\($0)' does not exist" } ?? "no such file"
        default: common(code, path: path)
        }
    }

    /// The reason a file could not be written, with the fix.
    static func writing(_ code: Int32, path: String) -> String {
        switch code {
        case ENOENT: "the folder '\(folder(of: path))' does not exist; create it first, or save somewhere else"
        case ENOSPC, EDQUOT: "the disk is full (or the quota is used up); free some space, or save somewhere else"
        case EFBIG: "the file would be larger than this process may write (ulimit -f) or the file system allows"
        case EROFS: "the file system is read-only; save somewhere else"
        case EACCES, EPERM: "permission denied: cannot create a file in '\(folder(of: path))'; save to a folder you can write to"
        case EIO: "the device reported an input/output error"
        case EXDEV, EBUSY, ETXTBSY: "the file is in use or cannot be replaced (\(name(of: code)))"
        default: common(code, path: path)
        }
    }

    /// Reasons that read the same either way.
    private static func common(_ code: Int32, path: String) -> String {
        switch code {
        case EACCES, EPERM: "permission denied"
        case EISDIR: "it is a folder; give a file name"
        case ENOTDIR: "a part of the path is a file, not a folder"
        case ENAMETOOLONG: "the name is too long"
        case ELOOP: "the path has too many symbolic links (a loop?)"
        case ENOSPC, EDQUOT: "the disk is full"
        case EROFS: "the file system is read-only"
        default: name(of: code)
        }
    }

    /// The C library's text for an errno, with its symbolic name where known, e.g. `Input/output error (EIO)`.
    static func name(of code: Int32) -> String {
        let symbols: [Int32: String] = [EIO: "EIO", EAGAIN: "EAGAIN", EBADF: "EBADF", EPIPE: "EPIPE", ENOSPC: "ENOSPC",
                                        EINVAL: "EINVAL", EMFILE: "EMFILE", ENFILE: "ENFILE", ENOMEM: "ENOMEM",
                                        EXDEV: "EXDEV", EBUSY: "EBUSY", ETXTBSY: "ETXTBSY", EDQUOT: "EDQUOT"]
        let text = String(cString: strerror(code))
        return symbols[code].map { "\(text) (\($0))" } ?? text
    }

    /// The folder a path is in (`.` for a bare name).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Whether `path` is an existing folder.
    static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// The path's folder when it does not exist, nil when it does (or the path has no folder part).
    private static func missingFolder(of path: String) -> String? {
        guard path.contains("/") else { return nil }
        let folder = folder(of: path)
        var status = stat()
        return stat(folder, &status) == 0 ? nil : folder
    }
}
