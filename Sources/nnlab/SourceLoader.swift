@preconcurrency import Glibc
import NNLang
import NNLessons

/// Why a file cannot be run, said in one message that names the file.
struct LoadFailure: Error {
    /// The full message, possibly several lines (a lesson error shows the fence line).
    let message: String
}

/// Reads a script (`.nnlab`, or anything not Markdown) or a Markdown lesson (`.md`,
/// `.markdown`) into the one `SourceFile` that `nnlab run` executes.
struct SourceLoader {
    /// The largest file accepted; scripts and lessons are far smaller.
    var maximumSize = 16 << 20

    /// The source to run from `path`; `-` reads standard input as a script.
    func load(_ path: String) throws(LoadFailure) -> SourceFile {
        let source = try file(path)
        guard isMarkdown(path) else { return source }
        do {
            return try MarkdownLesson(name: source.name, text: source.text).runnableSource()
        } catch {
            throw LoadFailure(message: DiagnosticRenderer(source: source).render(error.diagnostic))
        }
    }

    /// The Markdown lesson at `path`, with its text for rendering diagnostics.
    func lesson(_ path: String) throws(LoadFailure) -> (MarkdownLesson, SourceFile) {
        let source = try file(path)
        guard isMarkdown(path) else {
            throw LoadFailure(message: "nnlab: \(source.name) is not a Markdown lesson (.md); `nnlab run` runs scripts")
        }
        do {
            return (try MarkdownLesson(name: source.name, text: source.text), source)
        } catch {
            throw LoadFailure(message: DiagnosticRenderer(source: source).render(error.diagnostic))
        }
    }

    /// The file's text as a source (`read` refuses binary files), Markdown or not.
    func file(_ path: String) throws(LoadFailure) -> SourceFile {
        SourceFile(name: path == "-" ? "<stdin>" : path, bytes: try read(path))
    }

    /// Whether the path names a Markdown lesson.
    func isMarkdown(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown")
    }

    /// The file's bytes, bounded: at most `maximumSize`, a NUL byte (binary data,
    /// `/dev/zero`) refused in the block it appears in, and a device refused unless it is
    /// standard input. A pipe is read (`nnlab run <(…)`); Ctrl-C ends a wait for it.
    private func read(_ path: String) throws(LoadFailure) -> [UInt8] {
        let name = path == "-" ? "<stdin>" : path
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, errno) }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var status = stat()
        if fstat(descriptor, &status) == 0 {
            let kind = status.st_mode & S_IFMT
            if kind == S_IFDIR { throw LoadFailure(message: "nnlab: \(path) is a directory, not a script or lesson") }
            if (kind == S_IFCHR || kind == S_IFBLK), path != "-" {
                throw LoadFailure(message: "nnlab: \(path) is a device, not a script or lesson; give a file (or - for standard input)")
            }
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, errno)
            }
            if chunk[..<count].contains(0) {
                throw LoadFailure(message: "nnlab: \(name) is a binary file (it holds a NUL byte), not a script or lesson")
            }
            bytes += chunk[..<count]
            if bytes.count > maximumSize {
                throw LoadFailure(message: "nnlab: \(name) is larger than \(maximumSize >> 20) MiB; is it really a script?")
            }
        }
    }

    private func failure(_ path: String, _ code: Int32) -> LoadFailure {
        let reason: String
        switch code {
        case ENOENT: reason = "no such file"
        case EACCES, EPERM: reason = "permission denied"
        case EISDIR: reason = "is a directory"
        case ENOTDIR: reason = "a part of the path is a file, not a folder"
        default: reason = String(cString: strerror(code))
        }
        return LoadFailure(message: "nnlab: cannot read \(path == "-" ? "<stdin>" : path): \(reason)")
    }
}
