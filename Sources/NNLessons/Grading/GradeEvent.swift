import Foundation

/// What the grading child reports as it goes, one JSON object a line, so the grader
/// knows every case that ran even when the child is killed or crashes afterwards.
public enum GradeEvent: Codable, Sendable, Equatable {
    /// A unit of the submission stopped on this error (the rest of the unit did not run).
    case submissionError(line: Int, message: String)
    /// One of the submission's own `expect`s: reported, never scored.
    case ownCheck(line: Int, passed: Bool)
    /// The submission is done; the protected checks phase begins.
    case checksStarted
    /// A statement of the checks file other than a case failed.
    case checksError(line: Int, message: String)
    /// The case at this index of `ChecksFile.cases` came out so, its statement taking `seconds`.
    case caseResult(index: Int, outcome: CaseOutcome, seconds: Double)
    /// Every case has its result.
    case finished

    /// The event as one line of JSON (no newline inside).
    public var jsonLine: String {
        let data = (try? JSONEncoder().encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads one line written by `jsonLine`; nil for anything else.
    public init?(jsonLine: some StringProtocol) {
        guard let event = try? JSONDecoder().decode(GradeEvent.self, from: Data(jsonLine.utf8)) else { return nil }
        self = event
    }
}
