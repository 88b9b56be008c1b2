@preconcurrency import Glibc

/// Where commands may read and write files: anywhere (`nnlab run`, the prompt), or only
/// inside one folder (`nnlab grade`, which confines a submission to its own folder).
///
/// A path is resolved before it is compared: relative to the working folder, `.` and
/// `..` taken out, every symbolic link followed; so `../x`, `/etc/passwd` and a link
/// inside the folder that leads out are all refused, each with a message naming it.
public enum FileAccess: Sendable, Equatable {
    /// Any path the process can open.
    case unrestricted
    /// Only paths that resolve inside this folder (absolute, its own links resolved).
    case inside(folder: String)

    /// Confines files to `folder`, resolved now; nil when it does not exist.
    public static func confined(to folder: String) -> FileAccess? {
        guard let resolved = PathResolution.resolved(folder) else { return nil }
        return .inside(folder: resolved)
    }

    /// Refuses `path`, as the command was given it, unless it may be used.
    public func permit(_ path: String) throws(CommandFailure) {
        guard case .inside(let folder) = self else { return }
        guard let resolved = PathResolution.resolved(path) else {
            throw CommandFailure("'\(path)' is a symbolic link that leads nowhere; a graded submission may only use files inside its folder (\(folder))")
        }
        if resolved == folder || resolved.hasPrefix(folder == "/" ? "/" : folder + "/") { return }
        let leads = resolved == path ? "" : " (it leads to \(resolved))"
        throw CommandFailure("'\(path)' is outside the submission's folder\(leads); a graded submission may only read and write files inside \(folder)",
                             fix: "use a file in the submission's folder, e.g. \"data.csv\"")
    }
}

/// Turns a path into the absolute path it really names, links followed.
enum PathResolution {
    /// The resolved absolute path: the part that exists through `realpath`, the rest
    /// (a file about to be written) appended; nil for a dangling symbolic link.
    static func resolved(_ path: String) -> String? {
        var resolved = path.hasPrefix("/") ? "" : workingFolder()
        for component in path.split(separator: "/") where component != "." {
            if component == ".." {
                resolved = String(resolved[..<(resolved.lastIndex(of: "/") ?? resolved.startIndex)])
                continue
            }
            let candidate = resolved + "/" + component
            if let real = realPath(candidate) {
                resolved = real == "/" ? "" : real
            } else if isSymbolicLink(candidate) {
                return nil
            } else {
                resolved = candidate
            }
        }
        return resolved.isEmpty ? "/" : resolved
    }

    private static func workingFolder() -> String {
        guard let pointer = getcwd(nil, 0) else { return "" }
        defer { free(pointer) }
        let folder = String(cString: pointer)
        return folder == "/" ? "" : folder
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }
}
