import Foundation
import NNLab
import NNLessons
import Synchronization

/// `nnlab grade A B C --checks CHECKS --out DIR --jobs N`: grades every submission (one
/// child process each, N at a time), writes each student's JSON and JUnit reports and
/// the class table (`class.csv`) into DIR.
struct ClassGrading {
    let grader: Grader
    let submissions: [String]
    let folder: String
    let jobs: Int

    /// Grades the class and writes its reports; throws `FileWriteError` when DIR cannot be written.
    func run() throws -> ClassTable {
        let students = Self.studentNames(submissions)
        let rows = Mutex([ClassTable.Row?](repeating: nil, count: submissions.count))
        let next = Atomic(0)
        let group = DispatchGroup()
        for _ in 0..<min(jobs, submissions.count) {
            DispatchQueue.global().async(group: group) {
                while case let index = next.add(1, ordering: .relaxed).oldValue, index < submissions.count {
                    let row = grade(submissions[index], as: students[index])
                    rows.withLock { $0[index] = row }
                }
            }
        }
        group.wait()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let table = ClassTable(cases: grader.checks.cases, rows: rows.withLock { $0.compactMap { $0 } })
        for row in table.rows {
            guard let report = row.report, let timing = row.timing else { continue }
            try AtomicFile.write(report.json, to: folder + "/" + row.student + ".json")
            try AtomicFile.write(report.junit(timing: timing), to: folder + "/" + row.student + ".xml")
        }
        try AtomicFile.write(table.csv, to: folder + "/class.csv")
        return table
    }

    private func grade(_ submission: String, as student: String) -> ClassTable.Row {
        do {
            let (report, timing) = try grader.grade(submission)
            return ClassTable.Row(student: student, report: report, timing: timing)
        } catch {
            let message = GradeCommand.message(for: error)
            return ClassTable.Row(student: student, report: nil,
                                  problem: message.hasPrefix("nnlab: ") ? String(message.dropFirst(7)) : message)
        }
    }

    /// Each submission's student: its folder's name (`submissions/alice/solution.md` is
    /// `alice`), with the file's name added where two share a folder; only letters,
    /// digits, `.`, `-` and `_`, so the name is a safe file name.
    static func studentNames(_ submissions: [String]) -> [String] {
        let urls = submissions.map { URL(fileURLWithPath: $0).standardizedFileURL }
        let folders = urls.map { $0.deletingLastPathComponent().lastPathComponent }
        var names = zip(urls, folders).map { url, folder in
            folders.filter { $0 == folder }.count > 1 ? folder + "-" + url.deletingPathExtension().lastPathComponent : folder
        }
        names = names.map { name in
            String(name.map { $0.isLetter || $0.isNumber || "._-".contains($0) ? $0 : "_" })
        }
        var seen: [String: Int] = [:]
        return names.map { name in
            seen[name, default: 0] += 1
            return seen[name]! > 1 ? "\(name)-\(seen[name]!)" : name
        }
    }
}
