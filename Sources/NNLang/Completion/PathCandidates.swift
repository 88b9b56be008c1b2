import Foundation

/// The files and folders a partly typed path can become: `data/tr` → `data/train.csv`,
/// `data/tests/`. Folders end in `/`; names starting with `.` only when the typed name does.
struct PathCandidates {
    /// The path typed so far, relative to the working directory or absolute.
    var typed: String

    /// The matching paths, sorted.
    var paths: [String] {
        let folder = typed.lastIndex(of: "/").map { String(typed[...$0]) } ?? ""
        let name = typed.dropFirst(folder.count)
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return [] }
        return entries.filter { $0.hasPrefix(name) && (name.hasPrefix(".") || !$0.hasPrefix(".")) }.map { entry in
            var isFolder: ObjCBool = false
            let path = folder + entry
            return manager.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue ? path + "/" : path
        }.sorted()
    }
}
