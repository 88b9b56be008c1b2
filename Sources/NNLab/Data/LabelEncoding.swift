/// Turns label texts into class indices.
///
/// Whole numbers ≥ 0 (`3`, `3.0`) are class indices as they stand, and the class
/// count is the largest plus one. Anything else (names, negative or fractional
/// numbers) becomes classes in sorted order (numeric when all are numbers) or in
/// first-seen order, and the texts are kept as class names.
struct LabelEncoding {
    /// The class of each row.
    let labels: [Int]
    /// How many classes.
    let classCount: Int
    /// The class names, when the labels were not indices.
    let classNames: [String]?

    /// Encodes `texts` with the given order for non-index labels.
    init(texts: [String], order: CSVOptions.LabelOrder) {
        let numbers = texts.map { Double($0) }
        let indices = numbers.map { number in number.flatMap { Int(exactly: $0) } }
        if indices.allSatisfy({ ($0 ?? -1) >= 0 && ($0 ?? -1) < DataLimits.maxClasses }) {
            labels = indices.map { $0 ?? 0 }
            classCount = (labels.max() ?? 0) + 1
            classNames = nil
            return
        }
        var distinct: [String] = []
        var seen: Set<String> = []
        for text in texts where seen.insert(text).inserted { distinct.append(text) }
        if order == .sorted {
            let allNumbers = numbers.allSatisfy { $0?.isFinite ?? false }
            distinct.sort { allNumbers ? (Double($0) ?? 0) < (Double($1) ?? 0) : $0 < $1 }
        }
        let classOf = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
        labels = texts.map { classOf[$0] ?? 0 }
        classCount = distinct.count
        classNames = distinct
    }
}
