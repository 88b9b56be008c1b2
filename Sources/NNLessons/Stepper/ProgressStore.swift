import Foundation
import NNLab

/// Why a lesson, the lessons folder or saved progress could not be read or written; the
/// message names the file and a fix.
public struct LessonFileError: Error, Sendable, Equatable {
    /// The whole message, e.g. `the saved progress in … is damaged (not JSON: …)`.
    public var message: String
}

/// Saved progress, one JSON file per lesson (`DIR/lessons/03-overfit.json`), each written
/// atomically (`AtomicFile`: a temporary file, fsync, rename), so a kill at any moment
/// leaves either the previous record or the new one.
public struct ProgressStore: Sendable {
    /// The state folder, e.g. `~/.local/state/nnlab`.
    public let directory: String

    /// A store in `directory` (created when the first record is saved).
    public init(directory: String) {
        self.directory = directory
    }

    /// The folder: `$NNLAB_STATE` as it is, else `$XDG_STATE_HOME/nnlab`, else
    /// `$HOME/.local/state/nnlab`; nil when none is set (empty counts as unset).
    public static func directory(nnlabState: String?, xdgStateHome: String?, home: String?) -> String? {
        func given(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
        if let state = given(nnlabState) { return state }
        if let xdg = given(xdgStateHome), xdg.hasPrefix("/") { return joined(xdg, "nnlab") }
        return given(home).map { joined($0, ".local/state/nnlab") }
    }

    /// The file for a lesson key.
    public func path(forKey key: String) -> String {
        Self.joined(Self.joined(directory, "lessons"), key + ".json")
    }

    /// The saved record, nil when there is none; throws when the file cannot be read or is not a record.
    public func load(key: String) throws(LessonFileError) -> LessonProgress? {
        let path = path(forKey: key)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LessonFileError(message: "cannot read the saved progress in \(path) (permission denied or not a file)")
        }
        do {
            return try JSONDecoder().decode(LessonProgress.self, from: data)
        } catch {
            throw LessonFileError(message: "the saved progress in \(path) is damaged (\(Self.reason(error))); "
                                     + "it is replaced when the lesson goes on")
        }
    }

    /// Writes the record atomically, creating the folders.
    public func save(_ progress: LessonProgress, key: String) throws(LessonFileError) {
        let folder = Self.joined(directory, "lessons")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw LessonFileError(message: "cannot create the folder \(folder) for your progress (\(Self.reason(error))); "
                                     + "set NNLAB_STATE to a folder you can write")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let text: String
        do {
            text = String(decoding: try encoder.encode(progress), as: UTF8.self) + "\n"
        } catch {
            throw LessonFileError(message: "cannot encode the progress: \(error)")
        }
        do {
            try AtomicFile.write(text, to: path(forKey: key))
        } catch {
            throw LessonFileError(message: "cannot save your progress: \(error); set NNLAB_STATE to a folder you can write")
        }
    }

    private static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// A short reason for a Foundation error.
    private static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): "not JSON: " + context.debugDescription
        case DecodingError.keyNotFound(let key, _): "no '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "a wrong value at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        case let error as CocoaError where error.code == .fileWriteNoPermission: "permission denied"
        default: (error as NSError).localizedDescription
        }
    }
}
