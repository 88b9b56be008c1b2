import Foundation
import Testing

/// Runs the built `nnlab` executable, as a user would, and collects what it printed.
///
/// The binary is looked up, in order: `$NNLAB_BINARY`; next to the test bundle
/// (`.build/<config>/nnlab`, which `swift test` and `swift build` both produce); then
/// `.build/release/nnlab` and `.build/debug/nnlab` under the package root found from
/// `#filePath`. Missing, it fails the test with a message saying how to build it.
struct NNLabProcess {
    /// What a run gave.
    struct Result {
        /// The exit status.
        var status: Int32
        /// Standard output.
        var output: String
        /// Standard error.
        var errors: String
    }

    /// The executable, or nil (after recording an issue) when it has not been built.
    static func binary(filePath: String = #filePath) -> URL? {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let path = ProcessInfo.processInfo.environment["NNLAB_BINARY"] { candidates.append(URL(fileURLWithPath: path)) }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("nnlab"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("nnlab"))
        let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates += ["release", "debug"].map { root.appendingPathComponent(".build/\($0)/nnlab") }
        if let found = candidates.first(where: { fileManager.isExecutableFile(atPath: $0.path) }) { return found }
        Issue.record("""
            the nnlab executable is not built; run 'swift build -c release --product nnlab' first \
            (looked in: \(candidates.map(\.path).joined(separator: ", ")))
            """)
        return nil
    }

    /// Runs `nnlab` with arguments and standard input; nil when the binary is missing.
    /// `inputPath` and `outputPath` replace the input text and the captured output with
    /// files (`/dev/zero`, `/dev/full`); the output is then empty in the result.
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:],
                    in directory: URL? = nil, inputPath: String? = nil, outputPath: String? = nil) throws -> Result? {
        guard let binary = binary() else { return nil }
        let scratch = try TemporaryDirectory()
        let paths = ["in", "out", "err"].map { scratch.url.appendingPathComponent($0) }
        try Data(input.utf8).write(to: paths[0])
        _ = FileManager.default.createFile(atPath: paths[1].path, contents: nil)
        _ = FileManager.default.createFile(atPath: paths[2].path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? scratch.url
        var variables = ProcessInfo.processInfo.environment
        variables["SWIFT_BACKTRACE"] = "interactive=no"
        variables["NNLAB_HISTORY"] = ""
        variables.merge(environment) { $1 }
        process.environment = variables
        process.standardInput = try FileHandle(forReadingFrom: inputPath.map(URL.init(fileURLWithPath:)) ?? paths[0])
        process.standardOutput = try FileHandle(forWritingTo: outputPath.map(URL.init(fileURLWithPath:)) ?? paths[1])
        process.standardError = try FileHandle(forWritingTo: paths[2])
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      output: try String(contentsOf: paths[1], encoding: .utf8),
                      errors: try String(contentsOf: paths[2], encoding: .utf8))
    }
}

/// A directory that exists until the value is released.
final class TemporaryDirectory {
    /// Where it is.
    let url: URL

    /// Creates a fresh, empty directory.
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes a file into the directory and returns its URL.
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
