/// A Markdown lesson cut into the steps the stepper walks through: each `nnlab` or
/// `nnlab exercise` block with the prose before it; solutions and hints are attached
/// to their step, not shown as prose.
public struct SteppedLesson: Sendable {
    /// The lesson as read.
    public let lesson: MarkdownLesson
    /// The steps, in file order.
    public let steps: [LessonStep]
    /// The prose after the last block, shown when the lesson is done.
    public let closingProse: String
    /// The first heading, without a leading number (`3. Overfit` → `Overfit`).
    public let title: String
    /// A hash of every step's code, so saved progress is not replayed into a changed lesson.
    public let fingerprint: String

    /// Reads `text` as a lesson named `name`; throws as `MarkdownLesson` and `runnableBlocks` do.
    public init(name: String, text: String) throws(LessonFormatError) {
        let lesson = try MarkdownLesson(name: name, text: text)
        _ = try lesson.runnableBlocks()
        self.lesson = lesson
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isSourceLineBreak).map(String.init)
        var hidden = Set(lesson.hints.flatMap { Array($0.lines) })
        var steps: [LessonStep] = []
        var proseStart = 1
        for block in lesson.blocks {
            let blockLines = block.fenceLine...block.contentLines.upperBound
            hidden.formUnion(blockLines)
            if block.kind == .solution {
                if steps.indices.last != nil { steps[steps.count - 1].solution = block }
                proseStart = blockLines.upperBound + 1
                continue
            }
            let prose = Self.prose(lines, from: proseStart, to: block.fenceLine - 1, hiding: hidden)
            let section = lesson.headings.last { $0.line < block.fenceLine }?.text
            steps.append(LessonStep(kind: block.kind == .exercise ? .exercise : .code, block: block, solution: nil,
                                    hints: [], prose: prose, section: section))
            proseStart = blockLines.upperBound + 1
        }
        for hint in lesson.hints {
            let owner = steps.lastIndex { $0.block.fenceLine < hint.lines.lowerBound } ?? 0
            if steps.indices.contains(owner) { steps[owner].hints.append(hint.text) }
        }
        self.steps = steps
        closingProse = Self.prose(lines, from: proseStart, to: lines.count, hiding: hidden)
        title = Self.untitled(lesson.headings.first?.text ?? name)
        fingerprint = Self.hash(steps.map { $0.block.code + "\u{0}" + ($0.solution?.code ?? "") }.joined(separator: "\u{1}"))
    }

    /// The exercises' count.
    public var exerciseCount: Int { steps.count { $0.kind == .exercise } }

    /// The name progress is saved under: the file's name without folder and `.md`.
    public var key: String { Self.key(forPath: lesson.name) }

    /// The key for a lesson file: `lessons/03-overfit.md` → `03-overfit`, other characters
    /// than letters, digits, `-`, `_` and `.` replaced by `_`.
    public static func key(forPath path: String) -> String {
        var name = String(path.split(separator: "/").last ?? "lesson")
        for suffix in [".md", ".markdown"] where name.lowercased().hasSuffix(suffix) { name.removeLast(suffix.count) }
        let allowed = name.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "_" }
        let key = String(allowed)
        return key.isEmpty || key.hasPrefix(".") ? "lesson" + key : key
    }

    /// The lines `first...last` (1-based) not hidden, without blank lines at either end
    /// and with runs of blank lines (left by hidden ones) made one.
    private static func prose(_ lines: [String], from first: Int, to last: Int, hiding hidden: Set<Int>) -> String {
        guard first <= last else { return "" }
        var kept: [String] = []
        for number in first...min(last, lines.count) where !hidden.contains(number) {
            let line = lines[number - 1]
            if line.allSatisfy(\.isWhitespace), kept.last?.allSatisfy(\.isWhitespace) ?? true { continue }
            kept.append(line)
        }
        while kept.last?.allSatisfy(\.isWhitespace) == true { kept.removeLast() }
        return kept.joined(separator: "\n")
    }

    /// `3. Overfit a small sample` → `Overfit a small sample`.
    private static func untitled(_ heading: String) -> String {
        let digits = heading.prefix { $0.isNumber }
        guard !digits.isEmpty, heading.dropFirst(digits.count).hasPrefix(". ") else { return heading }
        return String(heading.dropFirst(digits.count + 2))
    }

    /// FNV-1a, 64 bits, as 16 hex digits.
    private static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
