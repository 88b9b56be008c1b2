import Foundation

/// Reads whole data files into memory, after checking their size.
enum DataFile {
    /// The bytes of the file at `path`; refuses files larger than `DataLimits.maxBytes`.
    static func read(_ path: String) throws(DataError) -> [UInt8] {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw .unreadableFile(path: path, reason: "no such file")
        }
        if let type = attributes[.type] as? FileAttributeType, type == .typeDirectory {
            throw .unreadableFile(path: path, reason: "it is a directory")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= DataLimits.maxBytes else {
            throw .tooLarge(what: "the file", bytes: size, limit: DataLimits.maxBytes)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadableFile(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw .unreadableFile(path: path, reason: error.localizedDescription)
        }
    }
}
