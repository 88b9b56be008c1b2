/// Finds the nearest known name to a misspelt one, by edit distance (with transpositions).
public enum NameSuggester {
    /// The closest candidate within a distance that scales with the name's length, or nil.
    ///
    /// `trian` → `train` (one transposition), `epoch` → `epochs` (one insertion).
    /// Ties go to the earlier candidate, so results are deterministic.
    public static func suggestion(for name: String, among candidates: [String]) -> String? {
        let typed = Array(name.lowercased())
        guard !typed.isEmpty, typed.count <= 40 else { return nil }
        let limit = max(1, min(3, typed.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let distance = editDistance(typed, Array(candidate.lowercased()))
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.
    public static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        let width = rhs.count + 1
        var previousRow = [Int](repeating: 0, count: width)
        var row = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: width)
        for i in 1...lhs.count {
            current[0] = i
            for j in 1...rhs.count {
                let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
                var value = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
                if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
                    value = min(value, previousRow[j - 2] + 1)
                }
                current[j] = value
            }
            (previousRow, row, current) = (row, current, previousRow)
        }
        return row[rhs.count]
    }
}
