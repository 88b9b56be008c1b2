import Foundation

/// The shipped lessons: the files `NN-name.md` of a `lessons/` folder, and which one
/// `nnlab lesson 03` (or `3`, `overfit`, `03-overfit`) means.
public struct LessonCatalog: Sendable {
    /// The folder.
    public let folder: String
    /// The lesson files' names, sorted (`01-first-steps.md`, `03-overfit.md`).
    public let files: [String]

    /// Lists `folder`; throws when it cannot be read.
    public init(folder: String) throws(LessonFileError) {
        self.folder = folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw LessonFileError(message: "cannot read the lessons folder \(folder)")
        }
        files = names.filter(Self.isLessonFile).sorted()
    }

    /// Whether a name is a lesson's: digits, a `-`, and `.md`.
    static func isLessonFile(_ name: String) -> Bool {
        name.first?.isNumber == true && name.hasSuffix(".md") && name.contains("-")
    }

    /// The path of the lesson a word names: its number (`03`, `3`), its full name with or
    /// without `.md`, or a unique part of its name (`overfit`); nil when none or several match.
    public func path(of word: String) -> String? {
        let stem = word.hasSuffix(".md") ? String(word.dropLast(3)) : word
        let byNumber = Int(stem).map { number in files.filter { Self.number(of: $0) == number } } ?? []
        let byName = files.filter { $0.dropLast(3) == stem }
        let byPart = files.filter { $0.dropLast(3).lowercased().contains(stem.lowercased()) }
        for matches in [byNumber, byName, byPart] where matches.count == 1 {
            return folder + "/" + matches[0]
        }
        return nil
    }

    /// `03-overfit.md` → 3.
    static func number(of file: String) -> Int? {
        Int(file.prefix { $0.isNumber })
    }

    /// The lessons folder: `explicit` (`$NNLAB_LESSONS`) when given; else a `lessons/`
    /// holding lesson files in the current directory or one of its parents; else one in
    /// a folder above the executable (a checkout's `.build/release/nnlab`) or its `share/nnlab/lessons`.
    public static func locate(explicit: String?, currentDirectory: String, executable: String?) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        var candidates = ancestors(of: currentDirectory).map { $0 + "/lessons" }
        if let executable {
            let folders = ancestors(of: (executable as NSString).deletingLastPathComponent)
            candidates += folders.flatMap { [$0 + "/lessons", $0 + "/share/nnlab/lessons"] }
        }
        return candidates.first { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).contains(where: isLessonFile)
        }
    }

    /// The folder and each folder above it, nearest first.
    private static func ancestors(of folder: String) -> [String] {
        var result: [String] = []
        var current = (folder as NSString).standardizingPath
        while !current.isEmpty {
            result.append(current == "/" ? "" : current)
            if current == "/" { break }
            current = (current as NSString).deletingLastPathComponent
        }
        return result
    }
}
