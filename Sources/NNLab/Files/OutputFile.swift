import Foundation

/// The rule for files nnlab writes. Writes are atomic (a temporary file renamed over the
/// target), which would replace a device such as `/dev/null` with a plain file when run
/// as root; so only a regular file or a new name is written.
public enum OutputFile {
    /// Why `path` must not be written, or nil when the write can be tried (it may still
    /// fail, e.g. for a missing directory, and say why).
    public static func refusal(for path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "it is a directory"
        default: return "it is not a regular file (a device, a pipe or a socket)"
        }
    }
}
