/// Turns label texts into class indices.
///
/// Labels that are exactly the whole numbers 0..C-1 (`0`, `1`, `2`, or `2.0`) are class
/// indices as they stand. Anything else (wine's 1..3, breast cancer's 2 and 4, names)
/// becomes classes 0..C-1 in sorted order (numeric when every label is a number, else by
/// text) or in first-seen order, and the texts are kept as class names.
struct LabelEncoding {
    /// The class of each row.
    let labels: [Int]
    /// How many classes.
    let classCount: Int
    /// The class names, when the labels were not the class indices.
    let classNames: [String]?

    /// Encodes `texts` with the given order for labels that are not class indices.
    init(texts: [String], order: CSVOptions.LabelOrder) {
        let numbers = texts.map { Double($0).flatMap { $0.isFinite ? $0 : nil } }
        if numbers.allSatisfy({ $0 != nil }) {
            self.init(numbers: numbers.map { $0! }, texts: texts, order: order)
        } else {
            self.init(names: texts, order: order)
        }
    }

    /// Labels that are names (not all numbers): sorted by text, or in first-seen order.
    private init(names texts: [String], order: CSVOptions.LabelOrder) {
        var distinct: [String] = []
        var seen: Set<String> = []
        for text in texts where seen.insert(text).inserted { distinct.append(text) }
        if order == .sorted { distinct.sort() }
        let classOf = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
        labels = texts.map { classOf[$0] ?? 0 }
        classCount = distinct.count
        classNames = distinct
    }

    /// Numeric labels: equal numbers are one class (`2` and `2.0`), named by their first text.
    private init(numbers: [Double], texts: [String], order: CSVOptions.LabelOrder) {
        var distinct: [Double] = []
        var nameOf: [Double: String] = [:]
        for (number, text) in zip(numbers, texts) where nameOf[number] == nil {
            nameOf[number] = text
            distinct.append(number)
        }
        let sorted = distinct.sorted()
        if sorted.enumerated().allSatisfy({ Double($0) == $1 }) {
            labels = numbers.map { Int($0) }
            classCount = sorted.count
            classNames = nil
            return
        }
        let classes = order == .sorted ? sorted : distinct
        let classOf = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        labels = numbers.map { classOf[$0] ?? 0 }
        classCount = classes.count
        classNames = classes.map { nameOf[$0] ?? "" }
    }
}
