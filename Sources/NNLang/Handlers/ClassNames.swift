import NNLab

/// How classes are shown: by the names the data came with (`setosa`, wine's `1`..`3`)
/// where those differ from the class indices, else as `class 0`, `class 1`...
extension Dataset {
    /// Whether the data's class names say more than the indices (digits' `0`..`9` do not).
    var hasOwnClassNames: Bool {
        guard let classNames else { return false }
        return classNames.enumerated().contains { $1 != String($0) }
    }

    /// Class `index` in a legend: its own name when the data has them, else `class N`.
    func legendName(ofClass index: Int) -> String {
        hasOwnClassNames ? className(index) : "class \(index)"
    }
}
