@preconcurrency import Glibc
import NNLessons

/// Where the executable finds lessons and saved progress, from its environment:
/// `NNLAB_LESSONS`, the current directory, the executable's place; `NNLAB_STATE`,
/// `XDG_STATE_HOME`, `HOME`.
enum LessonFinder {
    /// The lessons folder, nil when none is found.
    static func folder() -> String? {
        LessonCatalog.locate(explicit: Terminal.variable("NNLAB_LESSONS"), currentDirectory: currentDirectory(),
                             executable: executablePath())
    }

    /// The shipped lessons, or the message saying why there are none.
    static func catalog() throws(LoadFailure) -> LessonCatalog {
        guard let folder = folder() else {
            throw LoadFailure(message: "nnlab: no lessons folder found: looked for lessons/ in \(currentDirectory()) "
                              + "and the folders above it, and next to the nnlab executable; "
                              + "set NNLAB_LESSONS=/path/to/lessons, or give the lesson's file: nnlab lesson path/to/lesson.md")
        }
        do {
            return try LessonCatalog(folder: folder)
        } catch {
            throw LoadFailure(message: "nnlab: " + error.message)
        }
    }

    /// The file a `nnlab lesson` argument names: a path as it is (one with a `/`, ending
    /// in `.md`, or an existing file), else a shipped lesson by number or name.
    static func path(of argument: String) throws(LoadFailure) -> String {
        if argument.contains("/") || argument.lowercased().hasSuffix(".md") || access(argument, F_OK) == 0 { return argument }
        let catalog = try catalog()
        if let path = catalog.path(of: argument) { return path }
        let names = catalog.files.map { String($0.dropLast(3)) }.joined(separator: ", ")
        throw LoadFailure(message: "nnlab: no lesson '\(argument)' in \(catalog.folder)"
                          + (names.isEmpty ? " (it holds none)" : "; the lessons are \(names)") + " (see nnlab lessons)")
    }

    /// Where progress is saved, nil when no folder is known (no `HOME`).
    static func store() -> ProgressStore? {
        ProgressStore.directory(nnlabState: Terminal.variable("NNLAB_STATE"), xdgStateHome: Terminal.variable("XDG_STATE_HOME"),
                                home: Terminal.variable("HOME")).map(ProgressStore.init(directory:))
    }

    private static func currentDirectory() -> String {
        guard let path = getcwd(nil, 0) else { return "." }
        defer { free(path) }
        return String(cString: path)
    }

    private static func executablePath() -> String? {
        guard let path = realpath("/proc/self/exe", nil) else { return nil }
        defer { free(path) }
        return String(cString: path)
    }
}
